import type { Link } from './common';

/** Partner Center's documented resource types, plus ours for resources it does not audit by name. */
export type AuditResourceType = string;

/** Documented values of `operationStatus`. */
export const operationStatuses = ['succeeded', 'failed', 'progress', 'decline'] as const;
export type OperationStatus = (typeof operationStatuses)[number];

export interface KeyValuePair {
  key: string;
  value: string | null;
}

/** Ours: one changed field of the audited resource, with its value before and after. */
export interface AuditFieldChange {
  /** Dotted path inside the resource, e.g. `defaultAddress.phoneNumber`. */
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** `AuditRecord` as `GET /v1/auditrecords` returns it (documented fields, then ours). */
export interface AuditRecord {
  id: string;
  partnerId: string;
  customerId?: string;
  customerName?: string;
  userPrincipalName: string;
  applicationId: string;
  resourceType: AuditResourceType;
  /** JSON of the resource before the operation (documented as a string). */
  resourceOldValue?: string;
  /** JSON of the resource after the operation; for a refused write, what was asked for. */
  resourceNewValue?: string;
  operationType: string;
  originalCorrelationId?: string;
  operationDate: string;
  operationStatus: OperationStatus;
  customizedData: KeyValuePair[];
  /** Ours: the id of the resource acted upon (Partner Center only puts it in `customizedData`). */
  resourceId?: string;
  /** Ours: the caller's display name, so the log reads as people rather than addresses. */
  userDisplayName?: string;
  /** Ours: the fields that changed (or, for a refused write, would have changed). */
  changes: AuditFieldChange[];
  attributes: { objectType: 'AuditRecord' };
}

/** Seek-based collection: the next page is asked for with the token in `MS-ContinuationToken`. */
export interface AuditRecordCollection {
  totalCount: number;
  items: AuditRecord[];
  continuationToken?: string;
  links: { self?: Link; next?: Link };
  attributes: { objectType: 'Collection' };
}

/** Partner Center keeps this many days of activity, and shows the last 30 when asked for no dates. */
export const auditRetentionDays = 90;
export const auditDefaultWindowDays = 30;

/**
 * The earliest whole day a `startDate` may name at `now`: the first midnight (UTC) no more than
 * the retention before now, so that the API (which counts from the very moment) accepts it.
 */
export function earliestAuditDay(now: Date): string {
  const dayMs = 86_400_000;
  const earliest = now.getTime() - auditRetentionDays * dayMs;
  return new Date(Math.ceil(earliest / dayMs) * dayMs).toISOString().slice(0, 10);
}

/** Fields `filter` accepts: the documented three, then ours. */
export const auditSearchFields = [
  'CompanyName',
  'CustomerId',
  'ResourceType',
  'UserPrincipalName',
  'OperationStatus',
  'ResourceId',
] as const;
export type AuditSearchField = (typeof auditSearchFields)[number];

export interface SimpleAuditFilter {
  Field: AuditSearchField;
  Value: string;
  Operator: 'equals' | 'substring';
}

/** The SDK's compound filter: two filters joined by `and`. */
export interface CompoundAuditFilter {
  LeftFilter: AuditFilter;
  Operator: 'and';
  RightFilter: AuditFilter;
}

export type AuditFilter = SimpleAuditFilter | CompoundAuditFilter;

/** Resource types the mock records, in the order the activity page offers them. */
export const auditedResourceTypes = [
  'customer',
  'order',
  'cart',
  'subscription',
  'partner_user',
  'partner_group',
  'application',
  'partner_profile',
] as const;
