import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvColumn } from '@/lib/csv';
import type { CustomerListItem } from './api';
import { useRuleFormatters } from './use-rule-formatters';

/** The list's columns as the CSV export writes them, headers in the current language. */
export function useCustomerCsvColumns(): CsvColumn<CustomerListItem>[] {
  const { t } = useTranslation('customers');
  const rulesFormat = useRuleFormatters();
  return useMemo(() => {
    const missingName = (field: string) =>
      field === 'phoneNumber' ? t('gate.missingPhone') : t('fields.organizationRegistrationNumber');
    return [
      {
        header: t('list.columns.company'),
        value: (c) => c.companyProfile.companyName ?? c.companyProfile.domain,
      },
      { header: t('list.columns.domain'), value: (c) => c.companyProfile.domain },
      {
        header: t('list.columns.country'),
        value: (c) =>
          c.companyProfile.address ? rulesFormat.countryName(c.companyProfile.address.country) : '',
      },
      { header: t('list.exportColumns.countryCode'), value: (c) => c.companyProfile.address?.country },
      {
        header: t('list.columns.screening'),
        value: (c) =>
          c.missingScreeningInfo?.length
            ? t('list.missingDetail', { fields: c.missingScreeningInfo.map(missingName).join(', ') })
            : '',
      },
      { header: t('list.exportColumns.id'), value: (c) => c.id },
    ];
  }, [t, rulesFormat]);
}
