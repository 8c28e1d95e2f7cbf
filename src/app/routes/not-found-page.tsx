import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppLink } from '@/components/app-link';
import { PageHeader } from '@/components/page-header';

const useStyles = makeStyles({ home: { display: 'inline-block', marginTop: tokens.spacingVerticalL } });

export function NotFoundPage() {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  const location = useLocation();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <MessageBar intent="warning">
        <MessageBarBody>{t('notFound.body', { path: location.pathname })}</MessageBarBody>
      </MessageBar>
      <AppLink to="/" className={styles.home}>
        {t('notFound.home')}
      </AppLink>
    </>
  );
}
