import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { errorMessage } from '@/lib/error-message';
import { NotFoundPage } from './not-found-page';

/**
 * Shown inside the shell when a page fails to load or render, so the user keeps the navigation
 * and can retry instead of facing a blank screen.
 */
export function RouteErrorPage() {
  const { t } = useTranslation('shell');
  const { t: tCommon } = useTranslation();
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();
  const { reset } = useQueryErrorResetBoundary();

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

  const retry = () => {
    reset();
    // Navigating to the same place clears the router's error and renders the page afresh.
    void navigate(
      { pathname: location.pathname, search: location.search, hash: location.hash },
      { replace: true },
    );
  };

  return (
    <>
      <PageHeader title={t('routeError.title')} />
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t('routeError.body')}</MessageBarTitle> {errorMessage(error, tCommon)}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={retry}>
            {tCommon('actions.retry')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </>
  );
}
