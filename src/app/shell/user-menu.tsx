import { Button } from '@fluentui/react-components';
import { PersonCircle24Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '@/lib/auth';
import { DeferredMenu, lazyMenu } from './deferred-menu';
import { useDemoUsers, useRoleName } from './user-menu-data';
import { HeaderButtonText } from './header-button-text';

const UserMenuBody = lazyMenu(() => import('./user-menu-body'));

export function UserMenu() {
  const { t } = useTranslation('shell');
  const { data: me } = useSignedInUser();
  const roleName = useRoleName();
  useDemoUsers();
  const name = me?.user.displayName ?? '…';
  const role = me ? roleName(me.user) : '';
  return (
    <DeferredMenu
      body={UserMenuBody}
      trigger={
        <Button
          appearance="subtle"
          icon={<PersonCircle24Regular />}
          aria-label={t('userMenu.button', { name, role })}
        >
          <HeaderButtonText>
            {name}
            {role ? ` · ${role}` : ''}
          </HeaderButtonText>
        </Button>
      }
    />
  );
}
