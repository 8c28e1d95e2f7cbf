import { Button } from '@fluentui/react-components';
import { DarkTheme24Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useTheme } from '../theme/theme';
import { DeferredMenu, lazyMenu } from './deferred-menu';
import { HeaderButtonText } from './header-button-text';

const ThemeMenuBody = lazyMenu(() => import('./theme-menu-body'));

/** Light, dark, high contrast, or whatever the system says (the default). */
export function ThemeMenu() {
  const { t } = useTranslation('shell');
  const { preference } = useTheme();
  return (
    <DeferredMenu
      body={ThemeMenuBody}
      trigger={
        <Button appearance="subtle" icon={<DarkTheme24Regular />}>
          <HeaderButtonText tool>{t('theme.button', { theme: t(`theme.${preference}`) })}</HeaderButtonText>
        </Button>
      }
    />
  );
}
