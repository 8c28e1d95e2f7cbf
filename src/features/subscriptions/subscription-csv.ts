import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Subscription } from '@/lib/api-types/catalog';
import { isoDate, type CsvColumn } from '@/lib/csv';

/**
 * A customer's subscriptions as the CSV export writes them: dates in ISO 8601; status, term,
 * billing cycle and auto-renew in the words the page shows them in, as the renewals export does,
 * so the file reads like the screen it came from. The offer and subscription IDs stay as they are.
 */
export function useSubscriptionCsvColumns(): CsvColumn<Subscription>[] {
  const { t } = useTranslation('subscriptions');
  const { t: tc } = useTranslation('catalog');
  return useMemo(
    () => [
      { header: t('subscriptionExport.columns.name'), value: (s) => s.friendlyName },
      { header: t('subscriptionExport.columns.offerName'), value: (s) => s.offerName },
      { header: t('subscriptionExport.columns.offerId'), value: (s) => s.offerId },
      { header: t('subscriptionExport.columns.quantity'), value: (s) => s.quantity },
      { header: t('subscriptionExport.columns.status'), value: (s) => t(`subscriptions.status.${s.status}`) },
      { header: t('subscriptionExport.columns.term'), value: (s) => tc(`terms.${s.termDuration}`) },
      {
        header: t('subscriptionExport.columns.billingCycle'),
        value: (s) => tc(`billingCycles.${s.billingCycle}`),
      },
      {
        header: t('subscriptionExport.columns.autoRenew'),
        value: (s) => (s.autoRenewEnabled ? t('subscriptionExport.on') : t('subscriptionExport.off')),
      },
      { header: t('subscriptionExport.columns.created'), value: (s) => isoDate(s.creationDate) },
      { header: t('subscriptionExport.columns.start'), value: (s) => isoDate(s.effectiveStartDate) },
      { header: t('subscriptionExport.columns.termEnd'), value: (s) => isoDate(s.commitmentEndDate) },
      { header: t('subscriptionExport.columns.id'), value: (s) => s.id },
      { header: t('subscriptionExport.columns.orderId'), value: (s) => s.orderId },
    ],
    [t, tc],
  );
}
