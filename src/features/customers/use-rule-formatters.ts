import { useMemo } from 'react';
import { useFormatters } from '@/lib/locale';
import type { RuleFormatters } from './customer-form';

/** Country names and "8 or 10" lists in the active language (Intl, no hand-written tables). */
export function useRuleFormatters(): RuleFormatters {
  const { countryName, either } = useFormatters();
  return useMemo(
    () => ({ countryName, lengths: (lengths: readonly number[]) => either(lengths.map(String)) }),
    [countryName, either],
  );
}
