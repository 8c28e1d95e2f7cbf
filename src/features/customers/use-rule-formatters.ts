import { useMemo } from 'react';
import { useFormatters } from '@/lib/locale';
import type { RuleFormatters } from './customer-form';

/** Country names and "8 or 10" lists in the active language (Intl, no hand-written tables). */
export function useRuleFormatters(): RuleFormatters {
  const { locale, countryName } = useFormatters();
  return useMemo(() => {
    const list = new Intl.ListFormat(locale, { type: 'disjunction' });
    return { countryName, lengths: (lengths: readonly number[]) => list.format(lengths.map(String)) };
  }, [locale, countryName]);
}
