import { useTranslation } from 'react-i18next';

export const supportedLanguages = ['en', 'fr'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];

/** The Intl locale for each UI language: dates 11/18/2020 in English, 18/11/2020 in French. */
export const intlLocale: Record<SupportedLanguage, string> = { en: 'en-US', fr: 'fr-FR' };

export function toSupportedLanguage(language: string | undefined): SupportedLanguage {
  return language?.startsWith('fr') ? 'fr' : 'en';
}

// Building an Intl formatter costs far more than formatting with it, and a table formats a date
// or a number in every row on every keystroke: each locale and options pair is built once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
// The first Intl.DisplayNames of a page loads the region names (about 40 ms here): built on the
// first name asked for, not when a page that may show one renders its heading.
const regionNames = new Map<string, Intl.DisplayNames>();

function regionName(locale: string, iso2: string): string {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
  return names.of(iso2.toUpperCase()) ?? iso2;
}

// The first Intl.ListFormat of a page loads its ICU data too (about 20 ms): built on first use.
const disjunctions = new Map<string, Intl.ListFormat>();

function disjunction(locale: string): Intl.ListFormat {
  let list = disjunctions.get(locale);
  if (!list) disjunctions.set(locale, (list = new Intl.ListFormat(locale, { type: 'disjunction' })));
  return list;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

export function createFormatters(language: SupportedLanguage) {
  const locale = intlLocale[language];
  return {
    locale,
    // Four-digit years in both languages (`dateStyle: 'short'` would give 11/18/20 in English).
    date: (
      value: string | number | Date,
      options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' },
    ) => dateFormat(locale, { timeZone: 'UTC', ...options }).format(new Date(value)),
    dateTime: (value: string | number | Date) =>
      dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)),
    number: (value: number, options?: Intl.NumberFormatOptions) =>
      numberFormat(locale, options).format(value),
    /**
     * `USD 50.00` in English, `50,00 USD` in French: always the currency's minor units, so that
     * amounts line up in a column (`GBP 144.00` under `EUR 53.04`), and none for a currency
     * without them (`JPY 270,062`).
     */
    currency: (value: number, currency: string) =>
      numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code' }).format(value),
    /** `DE` → Germany (Allemagne in French); an empty code gives an empty name. */
    countryName: (iso2: string) => (iso2 ? regionName(locale, iso2) : ''),
    /** `6, 7, or 8` in English, `6, 7 ou 8` in French. */
    either: (items: readonly string[]) => disjunction(locale).format(items),
    percent: (fraction: number) =>
      numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction),
  };
}

export type Formatters = ReturnType<typeof createFormatters>;

const formattersByLanguage = new Map<SupportedLanguage, Formatters>();

/** Formatters that follow the language switch (the same object while the language stays). */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = toSupportedLanguage(i18n.language);
  let formatters = formattersByLanguage.get(language);
  if (!formatters) formattersByLanguage.set(language, (formatters = createFormatters(language)));
  return formatters;
}
