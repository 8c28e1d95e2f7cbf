import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Collection } from '@/lib/api-client';
import type { PartnerUser } from '@/lib/api-types/users';

/** The people the demo can sign in as; fetched with the shell so the menu opens complete. */
export function useDemoUsers() {
  return useQuery({
    queryKey: ['shell', 'demo-users'],
    queryFn: ({ signal }) => api.get<Collection<PartnerUser>>('/v1/demo/users', { signal }),
    staleTime: Infinity,
  });
}

/** The role a user is shown with: their first commercial role, else their first developer role. */
export function useRoleName(): (user: PartnerUser) => string {
  const { t } = useTranslation('shell');
  const { t: tRoles } = useTranslation('roles');
  return (user) => {
    const role = user.commercialRoles[0] ?? user.developerRoles[0];
    return role ? tRoles(`${role}.name`) : t('userMenu.noRole');
  };
}
