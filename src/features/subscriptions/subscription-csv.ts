import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Subscription } from '@/lib/api-types/catalog';
import { isoDate, type CsvColumn } from '@/lib/csv';

/**
 * A customer's subscriptions as the CSV export writes them: dates in ISO 8601, terms and cycles as
 * Partner Center codes (P1M, P1Y, monthly) so a spreadsheet can filter on them in any language.
 * Self-contained (this file and the `subscriptionExport` strings) so it can follow the page.
 */
export function useSubscriptionCsvColumns(): CsvColumn<Subscription>[] {
  const { t } = useTranslation('subscriptions');
  return useMemo(
    () => [
      { header: t('subscriptionExport.columns.name'), value: (s) => s.friendlyName },
      { header: t('subscriptionExport.columns.offerName'), value: (s) => s.offerName },
      { header: t('subscriptionExport.columns.offerId'), value: (s) => s.offerId },
      { header: t('subscriptionExport.columns.quantity'), value: (s) => s.quantity },
      { header: t('subscriptionExport.columns.status'), value: (s) => s.status },
      { header: t('subscriptionExport.columns.term'), value: (s) => s.termDuration },
      { header: t('subscriptionExport.columns.billingCycle'), value: (s) => s.billingCycle },
      { header: t('subscriptionExport.columns.autoRenew'), value: (s) => s.autoRenewEnabled },
      { header: t('subscriptionExport.columns.created'), value: (s) => isoDate(s.creationDate) },
      { header: t('subscriptionExport.columns.start'), value: (s) => isoDate(s.effectiveStartDate) },
      { header: t('subscriptionExport.columns.termEnd'), value: (s) => isoDate(s.commitmentEndDate) },
      { header: t('subscriptionExport.columns.id'), value: (s) => s.id },
      { header: t('subscriptionExport.columns.orderId'), value: (s) => s.orderId },
    ],
    [t],
  );
}
