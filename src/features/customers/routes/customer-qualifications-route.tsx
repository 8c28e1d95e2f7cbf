import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/app-link';
import { ErrorState } from '@/components/error-state';
import { LoadingBlock } from '@/components/page-state';
import { PageHeader } from '@/components/page-header';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import { useCan } from '@/lib/auth';
import { customerQuery } from '../api';
import { customerQualificationsQuery } from '../compliance-api';
import { safeReturnPath } from '../compliance-form';
import { WorkspaceSection } from '../components/workspace-section';
import { QualificationTable } from '../components/qualification-table';
import { RequestQualificationForm } from '../components/request-qualification-form';

export function Component() {
  const { customerId = '' } = useParams();
  const { t } = useTranslation('customers');
  const [search] = useSearchParams();
  const returnTo = safeReturnPath(search.get('returnTo'));
  const customer = useQuery(customerQuery(customerId));
  const qualifications = useQuery(customerQualificationsQuery(customerId));
  const canRequest = useCan('qualifications.create');
  const company = customer.data?.companyProfile.companyName ?? customer.data?.companyProfile.domain ?? '';

  return (
    <>
      <PageHeader
        title={t('qualifications.title')}
        description={t('qualifications.description')}
        actions={returnTo ? <AppLink to={returnTo}>{t('qualifications.backToCatalog')}</AppLink> : undefined}
      />
      {qualifications.error ? (
        <ErrorState error={qualifications.error} onRetry={() => void qualifications.refetch()} />
      ) : !qualifications.data ? (
        <LoadingBlock rows={3} />
      ) : (
        <QualificationTable items={qualifications.data} company={company} />
      )}
      <WorkspaceSection headingId="request-qualification-heading" title={t('qualifications.requestTitle')}>
        {canRequest === false ? (
          <ReadOnlyNotice message={t('qualifications.readOnly')} />
        ) : canRequest ? (
          <RequestQualificationForm customerId={customerId} company={company} />
        ) : null}
      </WorkspaceSection>
    </>
  );
}
