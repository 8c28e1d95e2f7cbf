import { useMemo } from 'react';
import { useFormatters } from '@/lib/locale';
import type { RuleFormatters } from './customer-form';

// The first Intl.ListFormat of a page loads its ICU data (about 20 ms on the customer list's first
// render): built when a rule message first needs "8 or 10", not when a page that may say it renders.
const disjunctions = new Map<string, Intl.ListFormat>();

function disjunction(locale: string): Intl.ListFormat {
  let list = disjunctions.get(locale);
  if (!list) disjunctions.set(locale, (list = new Intl.ListFormat(locale, { type: 'disjunction' })));
  return list;
}

/** Country names and "8 or 10" lists in the active language (Intl, no hand-written tables). */
export function useRuleFormatters(): RuleFormatters {
  const { locale, countryName } = useFormatters();
  return useMemo(
    () => ({
      countryName,
      lengths: (lengths: readonly number[]) => disjunction(locale).format(lengths.map(String)),
    }),
    [locale, countryName],
  );
}
