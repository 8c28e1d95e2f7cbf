import type { TFunction } from 'i18next';
import type { Availability } from '@/lib/api-types/catalog';
import { termMonths } from '@/lib/commerce-rules';
import type { Formatters } from '@/lib/locale';

/**
 * "1 month: USD 7.20", "1 year: USD 72.00": one unit for the whole of each term, as separate
 * parts so that a narrow cell breaks between terms rather than inside one. `note` follows them
 * (a metered SKU's usage billing).
 */
export function pricePerTerm(
  availabilities: Availability[],
  t: TFunction<'catalog'>,
  format: Formatters,
  metered = false,
): { terms: string[]; note?: string } {
  const terms = availabilities.flatMap((availability) => {
    const term = availability.terms[0]?.duration;
    const price = availability.prices[0];
    if (!term || !price) return [];
    if (price.unitPricePerMonth === 0 && metered) return [t('price.payAsYouGo')];
    return [
      t('price.perTerm', {
        term: t(`terms.${term}`),
        price: format.currency(price.unitPricePerMonth * termMonths(term), price.currencyCode),
      }),
    ];
  });
  return metered && !terms.includes(t('price.payAsYouGo')) ? { terms, note: t('price.metered') } : { terms };
}
