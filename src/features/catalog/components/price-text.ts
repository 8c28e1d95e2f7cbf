import type { TFunction } from 'i18next';
import type { Availability } from '@/lib/api-types/catalog';
import { termMonths } from '@/lib/commerce-rules';
import type { Formatters } from '@/lib/locale';

/** "1 month: USD 7.20 · 1 year: USD 72.00": one unit for the whole of each term. */
export function pricePerTerm(
  availabilities: Availability[],
  t: TFunction<'catalog'>,
  format: Formatters,
  metered = false,
): string {
  const parts = availabilities.flatMap((availability) => {
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
  const text = parts.join(' · ');
  return metered && !text.includes(t('price.payAsYouGo')) ? `${text} ${t('price.metered')}` : text;
}
