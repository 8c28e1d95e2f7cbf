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
  const day = calendarDay(isoDate);
  return day && format.date(day, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}

function calendarDay(isoDate: string | undefined): Date | undefined {
  if (!isoDate || !isoDay.test(isoDate)) return undefined;
  const day = new Date(`${isoDate}T00:00:00Z`);
  // Date takes 2026-11-31 for 1 December, where the input shows nothing: no such day, no words.
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(isoDate) ? day : undefined;
}
