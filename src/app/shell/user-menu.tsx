import {
  Button,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  type MenuProps,
} from '@fluentui/react-components';
import { ArrowReset24Regular, PersonCircle24Regular } from '@fluentui/react-icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNotify } from '@/components/notify';
import { api, type Collection } from '@/lib/api-client';
import type { PartnerUser } from '@/lib/api-types/users';
import { useSignedInUser, useSignedInUserId, useSwitchDemoUser } from '@/lib/auth';
import { apiMocking } from '@/lib/config';

const demoUsersKey = ['shell', 'demo-users'] as const;

export function UserMenu() {
  const { t } = useTranslation('shell');
  const { t: tRoles } = useTranslation('roles');
  const userId = useSignedInUserId();
  const { data: me } = useSignedInUser();
  const { data: demoUsers } = useQuery({
    queryKey: demoUsersKey,
    queryFn: ({ signal }) => api.get<Collection<PartnerUser>>('/v1/demo/users', { signal }),
    staleTime: Infinity,
  });
  const switchUser = useSwitchDemoUser();
  const queryClient = useQueryClient();
  const notify = useNotify();

  const roleName = (user: PartnerUser) => {
    const role = user.commercialRoles[0] ?? user.developerRoles[0];
    return role ? tRoles(`${role}.name`) : t('userMenu.noRole');
  };

  const onCheckedValueChange: MenuProps['onCheckedValueChange'] = (_event, { checkedItems }) => {
    const next = checkedItems[0];
    if (next && next !== userId) switchUser(next);
  };

  const resetDemo = async () => {
    await api.post('/v1/_mock/reset');
    await queryClient.resetQueries();
    notify(t('userMenu.resetDone'));
  };

  const name = me?.user.displayName ?? '…';
  const role = me ? roleName(me.user) : '';
  return (
    <Menu checkedValues={{ user: [userId] }} onCheckedValueChange={onCheckedValueChange}>
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          icon={<PersonCircle24Regular />}
          aria-label={t('userMenu.button', { name, role })}
        >
          <span>
            {name}
            {role ? ` · ${role}` : ''}
          </span>
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>{t('userMenu.switchUser')}</MenuGroupHeader>
            {demoUsers?.items.map((user) => (
              <MenuItemRadio key={user.id} name="user" value={user.id} secondaryContent={roleName(user)}>
                {user.displayName}
              </MenuItemRadio>
            ))}
          </MenuGroup>
          {apiMocking ? (
            <>
              <MenuDivider />
              <MenuItem icon={<ArrowReset24Regular />} onClick={() => void resetDemo()}>
                {t('userMenu.resetDemo')}
              </MenuItem>
            </>
          ) : null}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
