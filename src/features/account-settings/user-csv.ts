import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerUser } from '@/lib/api-types/users';
import { isoDate, type CsvColumn } from '@/lib/csv';
import { useRoleNames } from './components/role-checkboxes';

/** The users table's columns as the CSV export writes them (dates in ISO 8601). */
export function useUserCsvColumns(): CsvColumn<PartnerUser>[] {
  const { t } = useTranslation('accountSettings');
  const roleNames = useRoleNames();
  return useMemo(
    () => [
      { header: t('users.name'), value: (user) => user.displayName },
      { header: t('users.email'), value: (user) => user.email },
      { header: t('users.commercialRoles'), value: (user) => roleNames(user.commercialRoles) },
      { header: t('users.developerRoles'), value: (user) => roleNames(user.developerRoles) },
      { header: t('users.lastSignIn'), value: (user) => isoDate(user.lastSignIn) },
      { header: t('users.exportId'), value: (user) => user.id },
    ],
    [t, roleNames],
  );
}
