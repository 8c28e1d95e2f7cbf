import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { customerNameQuery } from '../api';
import { CustomerActivityPanel } from '../components/customer-activity-panel';

/** `/customers/:customerId/activity` on its own, until the customer workspace hosts it as a tab. */
export function Component() {
  const { t } = useTranslation('activity');
  const { customerId = '' } = useParams();
  const name = useQuery(customerNameQuery(customerId)).data ?? customerId;
  return (
    <>
      <PageHeader
        title={t('customerTitle', { customer: name })}
        description={t('customerDescription', { customer: name })}
      />
      <CustomerActivityPanel customerId={customerId} />
    </>
  );
}
