import { Menu, MenuItemRadio, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { supportedLanguages, toSupportedLanguage } from '@/lib/locale';
import type { MenuBodyProps } from './deferred-menu';

export default function LanguageMenuBody({ open, onOpenChange, trigger }: MenuBodyProps) {
  const { t, i18n } = useTranslation('shell');
  const current = toSupportedLanguage(i18n.language);
  return (
    <Menu
      open={open}
      onOpenChange={(_event, data) => onOpenChange(data.open)}
      checkedValues={{ language: [current] }}
      onCheckedValueChange={(_event, { checkedItems }) => {
        const next = checkedItems[0];
        if (next) void i18n.changeLanguage(next);
      }}
    >
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          {supportedLanguages.map((language) => (
            <MenuItemRadio key={language} name="language" value={language} lang={language}>
              {t(`language.${language}`)}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
