import { useMemo } from 'react';
import { useFormatters } from '@/lib/locale';
import type { RuleFormatters } from './customer-form';

/** Country names and "8 or 10" lists in the active language (Intl, no hand-written tables). */
export function useRuleFormatters(): RuleFormatters {
  const { locale } = useFormatters();
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    const list = new Intl.ListFormat(locale, { type: 'disjunction' });
    return {
      countryName: (iso2: string) => (iso2 ? (names.of(iso2.toUpperCase()) ?? iso2) : ''),
      lengths: (lengths: readonly number[]) => list.format(lengths.map(String)),
    };
  }, [locale]);
}
