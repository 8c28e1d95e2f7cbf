import { Button } from '@fluentui/react-components';
import { Settings24Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { DeferredMenu, lazyMenu } from './deferred-menu';

const SettingsMenuBody = lazyMenu(() => import('./settings-menu-body'));

/** The gear: an icon button named "Settings" (its tooltip comes with the menu's code). */
export function SettingsMenu() {
  const { t } = useTranslation('shell');
  return (
    <DeferredMenu
      body={SettingsMenuBody}
      trigger={
        <Button appearance="subtle" icon={<Settings24Regular />} aria-label={t('settingsMenu.button')} />
      }
    />
  );
}
