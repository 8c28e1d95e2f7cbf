import { earliestAuditDay } from '@/lib/api-types/audit';
import type { ActivityFilters } from './api';

export type DateRangeProblem =
  { field: 'from'; code: 'beforeRetention'; earliest: string } | { field: 'to'; code: 'toBeforeFrom' };

/**
 * What Partner Center would refuse in the chosen dates, said at the field instead of as the API's
 * error after the request: a start older than the activity it keeps, or an end before the start.
 */
export function dateRangeProblem(filters: Pick<ActivityFilters, 'from' | 'to'>, now: Date) {
  const earliest = earliestAuditDay(now);
  if (filters.from && filters.from < earliest) {
    return { field: 'from', code: 'beforeRetention', earliest } satisfies DateRangeProblem;
  }
  if (filters.from && filters.to && filters.to < filters.from) {
    return { field: 'to', code: 'toBeforeFrom' } satisfies DateRangeProblem;
  }
  return undefined;
}
