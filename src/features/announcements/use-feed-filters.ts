import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export interface FeedFilters {
  q: string;
  category: string;
}

/** The search text and category live in the URL, so a filtered view can be shared or reloaded. */
export function useFeedFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters: FeedFilters = {
    q: searchParams.get('q') ?? '',
    category: searchParams.get('category') ?? '',
  };
  const setFilter = useCallback(
    (name: keyof FeedFilters, value: string) =>
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        // Typing would otherwise push one history entry per keystroke.
        { replace: true },
      ),
    [setSearchParams],
  );
  const clear = useCallback(
    () =>
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.delete('q');
          next.delete('category');
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  return { filters, setFilter, clear, search: searchParams.toString() };
}

export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `2020-11` as a date the formatters understand (first of the month, UTC). */
export function monthDate(month: string): Date {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
}
