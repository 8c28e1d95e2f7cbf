import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/**
 * Why the page has no edit controls: said once, at the top. A feature may say who can edit, and
 * may title the notice when its message is long enough to need one.
 */
export function ReadOnlyNotice({ message, title }: { message?: string; title?: string }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {message ?? t('states.readOnly')}
      </MessageBarBody>
    </MessageBar>
  );
}
