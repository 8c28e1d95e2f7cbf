import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  AuditFilter,
  AuditRecord,
  AuditRecordCollection,
  SimpleAuditFilter,
} from '@/lib/api-types/audit';
import type { Customer } from '@/lib/api-types/customers';

/** What the activity page filters on; all held in the URL. */
export interface ActivityFilters {
  /** `YYYY-MM-DD`, inclusive; empty = the API's default window (the last 30 days). */
  from: string;
  to: string;
  /** Part of the sign-in address. */
  user: string;
  /** Part of the company name (the documented `CompanyName` substring filter). */
  customer: string;
  /** Exact customer id: the customer's own Activity tab. */
  customerId: string;
  resourceType: string;
  outcome: string;
}

export const emptyFilters: ActivityFilters = {
  from: '',
  to: '',
  user: '',
  customer: '',
  customerId: '',
  resourceType: '',
  outcome: '',
};

/** Page size on screen; the export asks for the largest pages the API serves. */
const screenPageSize = 50;
const exportPageSize = 500;

/** The filters as Partner Center's filter JSON: one field, or several joined by `and`. */
export function toAuditFilter(filters: ActivityFilters): AuditFilter | undefined {
  const parts: SimpleAuditFilter[] = [];
  if (filters.customerId) parts.push({ Field: 'CustomerId', Value: filters.customerId, Operator: 'equals' });
  if (filters.customer) parts.push({ Field: 'CompanyName', Value: filters.customer, Operator: 'substring' });
  if (filters.user) parts.push({ Field: 'UserPrincipalName', Value: filters.user, Operator: 'substring' });
  if (filters.resourceType)
    parts.push({ Field: 'ResourceType', Value: filters.resourceType, Operator: 'equals' });
  if (filters.outcome) parts.push({ Field: 'OperationStatus', Value: filters.outcome, Operator: 'equals' });
  return parts.reduce<AuditFilter | undefined>(
    (left, right) => (left ? { LeftFilter: left, Operator: 'and', RightFilter: right } : right),
    undefined,
  );
}

function fetchFirstPage(filters: ActivityFilters, size: number, signal?: AbortSignal) {
  const filter = toAuditFilter(filters);
  return api.get<AuditRecordCollection>('/v1/auditrecords', {
    signal,
    query: {
      startDate: filters.from || undefined,
      endDate: filters.to || undefined,
      size,
      filter: filter ? JSON.stringify(filter) : undefined,
    },
  });
}

/** The next page: `links.next` with the continuation token in the header it names. */
function fetchNextPage(token: string, signal?: AbortSignal) {
  return api.get<AuditRecordCollection>('/v1/auditrecords', {
    signal,
    query: { seekOperation: 'Next' },
    headers: { 'MS-ContinuationToken': token },
  });
}

export const activityKeys = {
  all: ['activity'] as const,
  records: (filters: ActivityFilters) => [...activityKeys.all, 'records', filters] as const,
  customer: (customerId: string) => [...activityKeys.all, 'customer', customerId] as const,
};

export const auditRecordsQuery = (filters: ActivityFilters) =>
  infiniteQueryOptions({
    queryKey: activityKeys.records(filters),
    queryFn: ({ pageParam, signal }) =>
      pageParam ? fetchNextPage(pageParam, signal) : fetchFirstPage(filters, screenPageSize, signal),
    initialPageParam: '',
    getNextPageParam: (last) => last.continuationToken,
    // The log grows with every write anywhere in the app: never show a stale one.
    staleTime: 0,
  });

/** Every record behind the filters, following the continuation tokens (for the export). */
export async function fetchAllRecords(
  filters: ActivityFilters,
  options: { signal?: AbortSignal; onProgress?: (loaded: number, total?: number) => void } = {},
): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  let page = await fetchFirstPage(filters, exportPageSize, options.signal);
  for (;;) {
    records.push(...page.items);
    // Seek-based paging has no grand total until the last page.
    options.onProgress?.(records.length, page.continuationToken ? undefined : records.length);
    if (!page.continuationToken) return records;
    page = await fetchNextPage(page.continuationToken, options.signal);
  }
}

export const customerNameQuery = (customerId: string) =>
  queryOptions({
    queryKey: activityKeys.customer(customerId),
    queryFn: ({ signal }) =>
      api
        .get<Customer>(`/v1/customers/${encodeURIComponent(customerId)}`, { signal })
        .then((customer) => customer.companyProfile.companyName ?? customer.companyProfile.domain),
  });
