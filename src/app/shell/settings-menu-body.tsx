import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Tooltip } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MenuBodyProps } from './deferred-menu';

export default function SettingsMenuBody({ open, onOpenChange, trigger }: MenuBodyProps) {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  return (
    <Menu open={open} onOpenChange={(_event, data) => onOpenChange(data.open)}>
      <MenuTrigger disableButtonEnhancement>
        <Tooltip content={t('settingsMenu.button')} relationship="label">
          {trigger}
        </Tooltip>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={() => navigate('/settings/account')}>
            {t('settingsMenu.accountSettings')}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
