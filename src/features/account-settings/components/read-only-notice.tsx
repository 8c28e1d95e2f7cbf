import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/** Why the page has no edit controls: said once, at the top. */
export function ReadOnlyNotice() {
  const { t } = useTranslation('accountSettings');
  return (
    <MessageBar intent="info">
      <MessageBarBody>{t('readOnly')}</MessageBarBody>
    </MessageBar>
  );
}
