import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryValidationRules } from '@/lib/api-types/country-validation-rules';
import type { CsvColumn } from '@/lib/csv';
import type { CustomerListItem } from './api';
import { isScreeningRequired } from './rules';
import { useRuleFormatters } from './use-rule-formatters';

/**
 * The list's columns as the CSV export writes them, headers in the current language. The screening
 * cell says what the table says: what is missing, else (once the markets' rules are in) whether the
 * record is complete or its country asks for nothing.
 */
export function useCustomerCsvColumns(
  rulesByCountry: ReadonlyMap<string, CountryValidationRules> | undefined,
): CsvColumn<CustomerListItem>[] {
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
        value: (c) => {
          if (c.missingScreeningInfo?.length) {
            return t('list.missingDetail', { fields: c.missingScreeningInfo.map(missingName).join(', ') });
          }
          if (!rulesByCountry) return '';
          const rules = rulesByCountry.get(c.companyProfile.address?.country ?? '');
          return isScreeningRequired(rules) ? t('list.complete') : t('list.notRequired');
        },
      },
      { header: t('list.exportColumns.id'), value: (c) => c.id },
    ];
  }, [t, rulesFormat, rulesByCountry]);
}
