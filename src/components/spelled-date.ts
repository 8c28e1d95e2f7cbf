import { useFormatters } from '@/lib/locale';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date input shows its value in the browser's format, not the app's: a French page on an English
 * browser shows 12/08/2026 for 8 December, which a French reader takes for 12 August. A field with
 * a date input says the chosen day in words under it, in the app's language ("mar. 8 déc. 2026").
 * Nothing while the input holds no whole date.
 */
export function useSpelledDate(isoDate: string | undefined): string | undefined {
  const format = useFormatters();
  if (!isoDate || !isoDay.test(isoDate) || Number.isNaN(Date.parse(isoDate))) return undefined;
  return format.date(isoDate, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}
