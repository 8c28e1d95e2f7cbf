import { useSearchParams } from 'react-router';
import type { ActivityFilters } from './api';

type UrlFilter = Exclude<keyof ActivityFilters, 'customerId'>;

/** URL parameter of each filter: a filtered log is a link someone can share. */
const params: Record<UrlFilter, string> = {
  from: 'from',
  to: 'to',
  user: 'user',
  customer: 'customer',
  resourceType: 'type',
  outcome: 'outcome',
};

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** The filters held in the URL; `customerId` is fixed by the page (a customer's own tab). */
export function useActivityFilters(
  customerId = '',
): [ActivityFilters, (changes: Partial<Record<UrlFilter, string>>) => void] {
  const [search, setSearch] = useSearchParams();
  const read = (key: UrlFilter) => (search.get(params[key]) ?? '').trim();
  const filters: ActivityFilters = {
    from: isoDay.test(read('from')) ? read('from') : '',
    to: isoDay.test(read('to')) ? read('to') : '',
    user: read('user'),
    customer: customerId ? '' : read('customer'),
    customerId,
    resourceType: read('resourceType'),
    outcome: read('outcome'),
  };
  const update = (changes: Partial<Record<UrlFilter, string>>) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes) as [UrlFilter, string][]) {
          if (value) next.set(params[key], value);
          else next.delete(params[key]);
        }
        return next;
      },
      // Typing in a text filter replaces the entry instead of filling the history.
      { replace: 'user' in changes || 'customer' in changes },
    );
  return [filters, update];
}
