import { Button } from '@fluentui/react-components';
import { Translate24Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { toSupportedLanguage } from '@/lib/locale';
import { DeferredMenu, lazyMenu } from './deferred-menu';
import { HeaderButtonText } from './header-button-text';

const LanguageMenuBody = lazyMenu(() => import('./language-menu-body'));

export function LanguageMenu() {
  const { t, i18n } = useTranslation('shell');
  const current = toSupportedLanguage(i18n.language);
  return (
    <DeferredMenu
      body={LanguageMenuBody}
      trigger={
        <Button appearance="subtle" icon={<Translate24Regular />}>
          <HeaderButtonText tool>
            {t('language.button', { language: t(`language.${current}`) })}
          </HeaderButtonText>
        </Button>
      }
    />
  );
}
