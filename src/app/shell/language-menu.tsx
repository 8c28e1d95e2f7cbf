import {
  Button,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  type MenuProps,
} from '@fluentui/react-components';
import { Translate24Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { supportedLanguages, toSupportedLanguage } from '@/lib/locale';

export function LanguageMenu() {
  const { t, i18n } = useTranslation('shell');
  const current = toSupportedLanguage(i18n.language);
  const onCheckedValueChange: MenuProps['onCheckedValueChange'] = (_event, { checkedItems }) => {
    const next = checkedItems[0];
    if (next) void i18n.changeLanguage(next);
  };
  return (
    <Menu checkedValues={{ language: [current] }} onCheckedValueChange={onCheckedValueChange}>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<Translate24Regular />}>
          {t('language.button', { language: t(`language.${current}`) })}
        </Button>
      </MenuTrigger>
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
