import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/** Why the page has no edit controls: said once, at the top. A feature may say who can edit. */
export function ReadOnlyNotice({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="info">
      <MessageBarBody>{message ?? t('states.readOnly')}</MessageBarBody>
    </MessageBar>
  );
}
