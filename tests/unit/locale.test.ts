import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '@/app/i18n';
import { createFormatters } from '@/lib/locale';

// Intl separates with no-break spaces; the shape is what matters here.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatters follow the active language', () => {
  const en = createFormatters('en');
  const fr = createFormatters('fr');

  it('formats dates month-first in English and day-first in French, with four-digit years', () => {
    expect(en.date('2020-11-18')).toBe('11/18/2020');
    expect(fr.date('2020-11-18')).toBe('18/11/2020');
  });

  it('puts the currency code before the amount in English and after it in French', () => {
    expect(plain(en.currency(50, 'USD'))).toBe('USD 50.00');
    expect(plain(fr.currency(50, 'USD'))).toBe('50,00 USD');
    expect(plain(en.currency(12.5, 'USD'))).toBe('USD 12.50');
    expect(plain(fr.currency(12.5, 'USD'))).toBe('12,50 USD');
  });

  it('writes a currency without minor units (the yen) without decimals', () => {
    expect(plain(en.currency(270061.6, 'JPY'))).toBe('JPY 270,062');
    expect(plain(fr.currency(1500, 'JPY'))).toBe('1 500 JPY');
  });

  it('names countries in the active language from their ISO code, whatever its case', () => {
    expect(en.countryName('de')).toBe('Germany');
    expect(fr.countryName('DE')).toBe('Allemagne');
    expect(en.countryName('')).toBe('');
  });

  it('groups thousands the local way', () => {
    expect(plain(en.number(1234567))).toBe('1,234,567');
    expect(plain(fr.number(1234567))).toBe('1 234 567');
  });
});

describe('first visit language', () => {
  it('follows the browser when nothing is stored, and a stored choice wins after that', () => {
    const language = vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-CA');
    expect(createI18n().language).toBe('fr');
    localStorage.setItem('pd.language', 'en');
    expect(createI18n().language).toBe('en');
    language.mockRestore();
  });
});
