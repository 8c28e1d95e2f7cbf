import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
} from '@fluentui/react-components';
import { Settings24Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export function SettingsMenu() {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Tooltip content={t('settingsMenu.button')} relationship="label">
          <Button appearance="subtle" icon={<Settings24Regular />} />
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
