import { useTranslation } from 'react-i18next';

export const supportedLanguages = ['en', 'fr'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];

/** The Intl locale for each UI language: dates 11/18/2020 in English, 18/11/2020 in French. */
export const intlLocale: Record<SupportedLanguage, string> = { en: 'en-US', fr: 'fr-FR' };

export function toSupportedLanguage(language: string | undefined): SupportedLanguage {
  return language?.startsWith('fr') ? 'fr' : 'en';
}

export function createFormatters(language: SupportedLanguage) {
  const locale = intlLocale[language];
  return {
    locale,
    // Four-digit years in both languages (`dateStyle: 'short'` would give 11/18/20 in English).
    date: (
      value: string | number | Date,
      options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' },
    ) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(new Date(value)),
    dateTime: (value: string | number | Date) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)),
    number: (value: number, options?: Intl.NumberFormatOptions) =>
      new Intl.NumberFormat(locale, options).format(value),
    /** `USD 50` in English, `50 USD` in French; cents only when there are some (`USD 12.50`). */
    currency: (value: number, currency: string) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'code',
        minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
        maximumFractionDigits: 2,
      }).format(value),
    percent: (fraction: number) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction),
  };
}

export type Formatters = ReturnType<typeof createFormatters>;

/** Formatters that follow the language switch. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return createFormatters(toSupportedLanguage(i18n.language));
}
