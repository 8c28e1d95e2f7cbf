import {
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import { ArrowReset24Regular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNotify } from '@/components/notify';
import { api } from '@/lib/api-client';
import { useSignedInUserId, useSwitchDemoUser } from '@/lib/auth';
import { apiMocking } from '@/lib/config';
import type { MenuBodyProps } from './deferred-menu';
import { useDemoUsers, useRoleName } from './user-menu-data';

export default function UserMenuBody({ open, onOpenChange, trigger }: MenuBodyProps) {
  const { t } = useTranslation('shell');
  const userId = useSignedInUserId();
  const { data: demoUsers } = useDemoUsers();
  const roleName = useRoleName();
  const switchUser = useSwitchDemoUser();
  const queryClient = useQueryClient();
  const notify = useNotify();

  const resetDemo = async () => {
    await api.post('/v1/_mock/reset');
    await queryClient.resetQueries();
    notify(t('userMenu.resetDone'));
  };

  return (
    <Menu
      open={open}
      onOpenChange={(_event, data) => onOpenChange(data.open)}
      checkedValues={{ user: [userId] }}
      onCheckedValueChange={(_event, { checkedItems }) => {
        const next = checkedItems[0];
        if (next && next !== userId) switchUser(next);
      }}
    >
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
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
