import type { AuditFilter, AuditRecord, AuditRecordCollection } from '@/lib/api-types/audit';
import { auditDefaultWindowDays, auditRetentionDays, auditSearchFields } from '@/lib/api-types/audit';
import { now } from '@/lib/clock';
import { getDb } from '../db/database';
import { decodeContinuationToken, encodeContinuationToken, nextPageLink, pcError, route } from '../http';

const dayMs = 86_400_000;
const defaultSize = 100;
const maxSize = 500;

interface AuditQuery {
  startDate: string;
  endDate: string;
  size: number;
  filter?: AuditFilter;
  /** Id of the last record already returned: the next page starts after it. */
  after?: string;
}

const badRequest = (description: string) =>
  pcError({ status: 400, code: 800002, errorName: 'InvalidInput', description });

/** Date-only values cover whole UTC days: an end date of 2020-09-02 includes that day. */
function parseDate(value: string, endOfDay: boolean): Date | undefined {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00.000Z` : value);
  if (Number.isNaN(date.getTime())) return undefined;
  return dateOnly && endOfDay ? new Date(date.getTime() + dayMs - 1) : date;
}

function isFilter(value: unknown): value is AuditFilter {
  if (typeof value !== 'object' || value === null) return false;
  const filter = value as Record<string, unknown>;
  if ('LeftFilter' in filter || 'RightFilter' in filter) {
    return (
      String(filter.Operator).toLowerCase() === 'and' &&
      isFilter(filter.LeftFilter) &&
      isFilter(filter.RightFilter)
    );
  }
  return (
    (auditSearchFields as readonly string[]).includes(String(filter.Field)) &&
    typeof filter.Value === 'string' &&
    ['equals', 'substring'].includes(String(filter.Operator).toLowerCase())
  );
}

function fieldValue(record: AuditRecord, field: string): string {
  switch (field) {
    case 'CompanyName':
      return record.customerName ?? '';
    case 'CustomerId':
      return record.customerId ?? '';
    case 'ResourceType':
      return record.resourceType;
    case 'UserPrincipalName':
      return record.userPrincipalName;
    case 'OperationStatus':
      return record.operationStatus;
    default:
      return record.resourceId ?? '';
  }
}

function matches(record: AuditRecord, filter: AuditFilter): boolean {
  if ('LeftFilter' in filter)
    return matches(record, filter.LeftFilter) && matches(record, filter.RightFilter);
  const actual = fieldValue(record, filter.Field).toLowerCase();
  const wanted = filter.Value.toLowerCase();
  return filter.Operator.toLowerCase() === 'substring' ? actual.includes(wanted) : actual === wanted;
}

/** The query from the URL, or an error answer. */
function readQuery(url: URL): AuditQuery | Response {
  const today = now();
  const endText = url.searchParams.get('endDate');
  const startText = url.searchParams.get('startDate');
  const end = endText ? parseDate(endText, true) : today;
  if (!end) return badRequest(`endDate "${endText}" is not a valid date.`);
  const start = startText
    ? parseDate(startText, false)
    : new Date(end.getTime() - auditDefaultWindowDays * dayMs);
  if (!start) return badRequest(`startDate "${startText}" is not a valid date.`);
  if (start.getTime() < today.getTime() - auditRetentionDays * dayMs) {
    return badRequest(`startDate cannot be more than ${auditRetentionDays} days before today.`);
  }
  if (start > end) return badRequest('startDate must be before endDate.');
  const sizeText = url.searchParams.get('size');
  const size = sizeText === null ? defaultSize : Number(sizeText);
  if (!Number.isInteger(size) || size < 1 || size > maxSize) {
    return badRequest(`size must be a whole number from 1 to ${maxSize}.`);
  }
  const filterText = url.searchParams.get('filter');
  let filter: AuditFilter | undefined;
  if (filterText) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(filterText);
    } catch {
      return badRequest(
        'filter must be a JSON object such as {"Field":"CustomerId","Value":"…","Operator":"equals"}.',
      );
    }
    if (!isFilter(parsed)) {
      return badRequest(
        `filter is not supported. Field must be one of ${auditSearchFields.join(', ')}; Operator equals or substring (and for a compound filter).`,
      );
    }
    filter = parsed;
  }
  return { startDate: start.toISOString(), endDate: end.toISOString(), size, ...(filter ? { filter } : {}) };
}

function selfQueryString(query: AuditQuery): string {
  const params = new URLSearchParams({
    startDate: query.startDate,
    endDate: query.endDate,
    size: String(query.size),
  });
  if (query.filter) params.set('filter', JSON.stringify(query.filter));
  return params.toString();
}

export const auditHandlers = [
  /**
   * Partner Center's activity log. Newest first; a page that is not the last carries a
   * `continuationToken` and a `links.next` to ask with `seekOperation=Next` and the token in the
   * `MS-ContinuationToken` header. The token holds the query, so the next page needs nothing else.
   */
  route(
    'get',
    '/v1/auditrecords',
    ({ url, request }) => {
      let query: AuditQuery;
      if ((url.searchParams.get('seekOperation') ?? '').toLowerCase() === 'next') {
        const token = request.headers.get('MS-ContinuationToken');
        const decoded = token ? (decodeContinuationToken(token) as AuditQuery | undefined) : undefined;
        if (!decoded) return badRequest('The MS-ContinuationToken header is missing or not valid.');
        query = decoded;
      } else {
        const read = readQuery(url);
        if (read instanceof Response) return read;
        query = read;
      }
      const start = new Date(query.startDate).getTime();
      const end = new Date(query.endDate).getTime();
      const newestFirst = [...getDb().auditRecords].reverse().filter((record) => {
        const at = new Date(record.operationDate).getTime();
        return at >= start && at <= end && (!query.filter || matches(record, query.filter));
      });
      let from = 0;
      if (query.after) {
        const index = newestFirst.findIndex((record) => record.id === query.after);
        if (index < 0) return badRequest('The continuation token has expired: run the query again.');
        from = index + 1;
      }
      const items = newestFirst.slice(from, from + query.size);
      const last = items.at(-1);
      const more = from + items.length < newestFirst.length && last !== undefined;
      const token = more ? encodeContinuationToken({ ...query, after: last.id }) : undefined;
      const body: AuditRecordCollection = {
        totalCount: items.length,
        items,
        ...(token ? { continuationToken: token } : {}),
        links: {
          self: { uri: `/auditrecords?${selfQueryString(query)}`, method: 'GET', headers: [] },
          ...(token ? { next: nextPageLink('/auditrecords?seekOperation=Next', token) } : {}),
        },
        attributes: { objectType: 'Collection' },
      };
      return Response.json(body);
    },
    { action: 'activity.read' },
  ),
];
