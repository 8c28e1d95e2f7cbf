import type { TFunction } from 'i18next';
import type { Availability } from '@/lib/api-types/catalog';
import { termMonths } from '@/lib/commerce-rules';
import type { Formatters } from '@/lib/locale';

const formatters = new Map<string, Intl.NumberFormat>();

/** One Intl formatter per locale and currency: building them is the costly part of a row render. */
function money(value: number, currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code' });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

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
        price: money(price.unitPricePerMonth * termMonths(term), price.currencyCode, format.locale),
      }),
    ];
  });
  const text = parts.join(' · ');
  return metered && !text.includes(t('price.payAsYouGo')) ? `${text} ${t('price.metered')}` : text;
}
