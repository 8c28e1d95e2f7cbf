import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/**
 * A save refused because the resource changed since the form loaded it (412): nothing was saved,
 * the entries are still in the form, and one action loads the latest version with the entries
 * re-applied on top (react-hook-form's `keepDirtyValues`). `message` says what changed.
 */
export function ConflictNotice({ message, onReload }: { message: string; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('conflict.title')}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onReload}>{t('conflict.reload')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** After the reload: the latest version is in the form with the entries on top, not yet saved. */
export function ReappliedNotice() {
  const { t } = useTranslation();
  return (
    <MessageBar intent="info" role="status">
      <MessageBarBody>{t('conflict.reapplied')}</MessageBarBody>
    </MessageBar>
  );
}
