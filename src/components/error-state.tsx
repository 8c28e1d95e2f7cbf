import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-error';
import { errorMessage } from '@/lib/error-message';
import { restartFailedQueries } from '@/lib/query-client';

/**
 * An inline failure with the service's message and, when it can help, a retry button. The retry
 * also asks again for whatever else on the page failed with it (see restartFailedQueries). A
 * refusal for the caller's role (403 / 900308) gets no retry: asking again gets the same answer.
 * `messageAtFields`: the failure's details went to the form's fields, which say them in the
 * interface's language; the title stands alone rather than repeating the service's sentence.
 */
export function ErrorState({
  error,
  onRetry,
  title,
  messageAtFields = false,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  messageAtFields?: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  const forbidden = error instanceof ApiError && error.isRoleRefusal();
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title ?? t(forbidden ? 'states.forbidden' : 'states.error')}</MessageBarTitle>
        {messageAtFields ? null : <> {errorMessage(error, t)}</>}
        {requestId ? <div>{t('errors.requestId', { requestId })}</div> : null}
      </MessageBarBody>
      {onRetry && !forbidden ? (
        <MessageBarActions>
          <Button
            onClick={() => {
              onRetry();
              void restartFailedQueries(queryClient);
            }}
          >
            {t('actions.retry')}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
