import { Menu, MenuItemRadio, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { themePreferences, useTheme, type ThemePreference } from '../theme/theme';
import type { MenuBodyProps } from './deferred-menu';

export default function ThemeMenuBody({ open, onOpenChange, trigger }: MenuBodyProps) {
  const { t } = useTranslation('shell');
  const { preference, setPreference } = useTheme();
  return (
    <Menu
      open={open}
      onOpenChange={(_event, data) => onOpenChange(data.open)}
      checkedValues={{ theme: [preference] }}
      onCheckedValueChange={(_event, { checkedItems }) => {
        const next = checkedItems[0];
        if (next) setPreference(next as ThemePreference);
      }}
    >
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
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
