import {
  Button,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  type MenuProps,
} from '@fluentui/react-components';
import { DarkTheme24Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { themePreferences, useTheme, type ThemePreference } from '../theme/theme';

/** Light, dark, high contrast, or whatever the system says (the default). */
export function ThemeMenu() {
  const { t } = useTranslation('shell');
  const { preference, setPreference } = useTheme();
  const onCheckedValueChange: MenuProps['onCheckedValueChange'] = (_event, { checkedItems }) => {
    const next = checkedItems[0];
    if (next) setPreference(next as ThemePreference);
  };
  return (
    <Menu checkedValues={{ theme: [preference] }} onCheckedValueChange={onCheckedValueChange}>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<DarkTheme24Regular />}>
          {t('theme.button', { theme: t(`theme.${preference}`) })}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {themePreferences.map((option) => (
            <MenuItemRadio key={option} name="theme" value={option}>
              {t(`theme.${option}`)}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
