import { MessageBar, MessageBarBody } from '@fluentui/react-components';
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
import { customerAgreementsQuery, directSignStatusQuery } from '../compliance-api';
import { safeReturnPath } from '../compliance-form';
import { WorkspaceSection } from '../components/workspace-section';
import { AgreementTable } from '../components/agreement-table';
import { ConfirmAcceptanceForm } from '../components/confirm-acceptance-form';

export function Component() {
  const { customerId = '' } = useParams();
  const { t } = useTranslation('customers');
  const [search] = useSearchParams();
  const returnTo = safeReturnPath(search.get('returnTo'));
  const customer = useQuery(customerQuery(customerId));
  const agreements = useQuery(customerAgreementsQuery(customerId));
  // Waited for, so the table never says "missing" a moment before it says "accepted directly";
  // when it cannot be read, the page says what the attestations alone say.
  const directSign = useQuery(directSignStatusQuery(customerId));
  const canConfirm = useCan('agreements.create');
  const company = customer.data?.companyProfile.companyName ?? customer.data?.companyProfile.domain ?? '';

  return (
    <>
      <PageHeader title={t('agreements.title')} description={t('agreements.description')} />
      {returnTo ? (
        <MessageBar intent="info">
          <MessageBarBody>
            {t('agreements.returnNotice')} <AppLink to={returnTo}>{t('agreements.backToCart')}</AppLink>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {agreements.error ? (
        <ErrorState error={agreements.error} onRetry={() => void agreements.refetch()} />
      ) : !agreements.data || directSign.isPending ? (
        <LoadingBlock rows={3} />
      ) : (
        <AgreementTable
          agreements={agreements.data}
          company={company}
          signedDirectly={directSign.data === true}
        />
      )}
      <WorkspaceSection headingId="confirm-acceptance-heading" title={t('agreements.confirmTitle')}>
        {canConfirm === false ? (
          <ReadOnlyNotice message={t('agreements.readOnly')} />
        ) : canConfirm && agreements.data ? (
          <ConfirmAcceptanceForm
            customerId={customerId}
            company={company}
            existing={agreements.data}
            returnTo={returnTo}
          />
        ) : null}
      </WorkspaceSection>
    </>
  );
}
