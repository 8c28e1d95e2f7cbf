import type { AuditFieldChange, AuditRecord, OperationStatus } from '@/lib/api-types/audit';
import { now } from '@/lib/clock';
import { newGuid } from '@/lib/ids';
import { getDb, saveDb, type MockDatabase } from './db/database';

/**
 * The activity log: every write the mock accepts or refuses becomes a Partner Center audit record.
 * It is recorded around the handler, not inside each one, so no endpoint (including ones added
 * later) can forget it: the database is snapshotted (as text) before the write and compared after it.
 */

/** Oldest records are dropped past this many, so the log cannot push the rest of the database out of localStorage. */
export const auditRecordLimit = 1000;

/** The app the demo's writes come from (Partner Center records the calling app's id). */
export const dashboardApplicationId = '6c0e2d5a-3c1b-4f7e-9a8d-2b5f0e1c7a94';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head';

interface AuditRule {
  pattern: RegExp;
  resourceType: string;
  /** Operation names by method: Partner Center's documented ones where it has one. */
  operations: Partial<Record<Method, string>>;
  /** The resource id from the response, for creates whose id the path does not carry yet. */
  idFromBody?: (body: Record<string, unknown>) => unknown;
  /** The audited part of the entity found by id (profiles live inside the customer). */
  part?: string;
  /** The per-customer store the write changes (agreements, qualifications): the audited entity is its list. */
  store?: 'agreements' | 'customerQualifications';
  /** A POST that only reads (Partner Center asks for some queries with a body): not a write. */
  readOnly?: true;
}

const crud = (noun: string) => ({
  post: `create_${noun}`,
  put: `update_${noun}`,
  patch: `update_${noun}`,
  delete: `delete_${noun}`,
});

// Checked in order; `id` names the path segment that identifies the resource.
const rules: AuditRule[] = [
  { pattern: /\/promotionEligibilities$/i, resourceType: '', operations: {}, readOnly: true },
  // Read/unread marks are the reader's own view state, not a change to the partner's resources.
  { pattern: /^\/v1\/announcements\/reads/i, resourceType: '', operations: {}, readOnly: true },
  // Validating an address only reads the service's address data.
  { pattern: /^\/v1\/validations\//i, resourceType: '', operations: {}, readOnly: true },
  {
    pattern: /^\/v1\/customers\/(?<customer>[^/]+)\/carts\/[^/]+\/checkout$/i,
    resourceType: 'order',
    operations: { post: 'create_order' },
    idFromBody: (body) => (body.orders as { id?: string }[] | undefined)?.[0]?.id,
  },
  {
    pattern: /^\/v1\/customers\/(?<customer>[^/]+)\/carts(?:\/(?<id>[^/]+))?$/i,
    resourceType: 'cart',
    operations: crud('cart'),
  },
  {
    pattern: /^\/v1\/customers\/(?<customer>[^/]+)\/subscriptions\/(?<id>[^/]+)$/i,
    resourceType: 'subscription',
    operations: { patch: 'update_subscription', put: 'update_subscription' },
  },
  {
    pattern: /^\/v1\/customers\/(?<customer>[^/]+)\/profiles\/billing$/i,
    resourceType: 'customer',
    operations: { put: 'update_customer_billing_profile' },
    part: 'billingProfile',
  },
  {
    pattern: /^\/v1\/customers\/(?<customer>[^/]+)\/profiles\/company$/i,
    resourceType: 'customer',
    operations: { put: 'update_customer_company_profile' },
    part: 'companyProfile',
  },
  {
    pattern: /^\/v1\/customers\/(?<customer>[^/]+)\/agreements$/i,
    resourceType: 'customer',
    operations: { post: 'create_customer_agreement' },
    store: 'agreements',
  },
  {
    pattern: /^\/v1\/customers\/(?<customer>[^/]+)\/qualifications$/i,
    resourceType: 'customer',
    operations: { post: 'create_customer_qualification' },
    store: 'customerQualifications',
  },
  { pattern: /^\/v1\/customers$/i, resourceType: 'customer', operations: { post: 'add_customer' } },
  {
    pattern: /^\/v1\/users(?:\/(?<id>[^/]+))?$/i,
    resourceType: 'partner_user',
    operations: crud('partner_user'),
  },
  {
    pattern: /^\/v1\/groups\/(?<id>[^/]+)\/members(?:\/[^/]+)?$/i,
    resourceType: 'partner_group',
    operations: { post: 'add_partner_group_member', delete: 'remove_partner_group_member' },
  },
  {
    pattern: /^\/v1\/groups(?:\/(?<id>[^/]+))?$/i,
    resourceType: 'partner_group',
    operations: crud('partner_group'),
  },
  {
    pattern: /^\/v1\/applications(?:\/(?<id>[^/]+))?$/i,
    resourceType: 'application',
    operations: { post: 'register_application', delete: 'unregister_application' },
  },
  {
    pattern: /^\/v1\/profiles\/(?:legalbusiness|organization|partner|billing|support|supportprofile)$/i,
    resourceType: 'partner_profile',
    operations: { put: 'update_partner_profile' },
  },
  {
    pattern: /^\/v1\/profiles\/locations(?:\/(?<id>[^/]+))?$/i,
    resourceType: 'partner_profile',
    operations: crud('partner_location'),
  },
  {
    pattern: /^\/v1\/tenants(?:\/(?<id>[^/]+))?$/i,
    resourceType: 'partner_profile',
    operations: crud('partner_tenant'),
  },
];

/** A write-method request that only reads (its rule says so): it leaves no audit record. */
export function onlyReads(pathname: string): boolean {
  return rules.find((rule) => rule.pattern.test(pathname))?.readOnly === true;
}

/** Endpoints added later still get a record: type from the last named segment, verb from the method. */
function fallbackRule(pathname: string): AuditRule {
  const named = pathname.split('/').filter((segment) => /^[a-z]+$/i.test(segment) && segment !== 'v1');
  const noun = (named.at(-1) ?? 'resource').toLowerCase().replace(/s$/, '');
  return {
    pattern: new RegExp(`^${pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    resourceType: noun,
    operations: crud(noun),
  };
}

type Snapshot = Omit<MockDatabase, 'auditRecords' | 'idempotentResponses'>;

/** The audited state: the database without the log itself and the replay memory. */
function audited(): Snapshot {
  const { auditRecords: _records, idempotentResponses: _answers, ...rest } = getDb();
  return rest;
}

/**
 * The audited state as text, one entry per collection. Cloning the whole database before and
 * after every write (and comparing it as JSON at every level of the diff) was most of a write's
 * time; as text, the collections a write left alone are found by one comparison each.
 */
function snapshotText(): Map<string, string> {
  return new Map(Object.entries(audited()).map(([key, value]) => [key, JSON.stringify(value)]));
}

/**
 * The state the snapshot was taken of: the collections that changed since, read back from their
 * text; the others are the live ones (read, never written, by the audit).
 */
function stateAt(text: Map<string, string>): Snapshot {
  const live: Record<string, unknown> = { ...audited() };
  for (const [key, then] of text) {
    if (JSON.stringify(live[key]) !== then) live[key] = JSON.parse(then) as unknown;
  }
  return live as unknown as Snapshot;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const hasIds = (items: unknown[]) =>
  items.length > 0 && items.every((item) => isObject(item) && typeof item.id === 'string');

interface Leaf {
  path: string[];
  before: unknown;
  after: unknown;
}

/** The entities of a list by their string id (the first one, should two share it). */
const byId = (items: unknown[]) => {
  const found = new Map<string, unknown>();
  for (const item of items) {
    if (isObject(item) && typeof item.id === 'string' && !found.has(item.id)) found.set(item.id, item);
  }
  return found;
};

/**
 * Field-level differences; entities in arrays are matched by id (path segment `[id]`). Each value
 * is visited once: what did not change yields no leaf (and is skipped at once when it is the same object).
 */
function diff(before: unknown, after: unknown, path: string[], out: Leaf[]): void {
  if (before === after) return;
  if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      // Resource metadata and hypermedia: a client sends back the links it was given, which are not data.
      if (key !== 'attributes' && key !== 'links') diff(before[key], after[key], [...path, key], out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && (hasIds(before) || hasIds(after))) {
    const beforeById = byId(before);
    const afterById = byId(after);
    for (const id of new Set([...beforeById.keys(), ...afterById.keys()])) {
      diff(beforeById.get(id), afterById.get(id), [...path, `[${id}]`], out);
    }
    return;
  }
  // A created or removed entity: every field of it, one by one.
  if (before === undefined && isObject(after)) return diff({}, after, path, out);
  if (after === undefined && isObject(before)) return diff(before, {}, path, out);
  if (same(before, after)) return;
  out.push({ path, before, after });
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function valueAt(root: unknown, path: string[]): unknown {
  let current = root;
  for (const segment of path) {
    if (segment.startsWith('[') && Array.isArray(current)) {
      const id = segment.slice(1, -1);
      current = current.find((item) => isObject(item) && item.id === id);
    } else if (isObject(current)) {
      current = current[segment];
    } else {
      return undefined;
    }
  }
  return current;
}

/** Where the entity with this id lives in the database (path with `[id]` segments). */
function findEntity(root: unknown, id: string, path: string[] = []): string[] | undefined {
  if (Array.isArray(root)) {
    for (const item of root) {
      if (!isObject(item)) continue;
      const here = [...path, `[${String(item.id)}]`];
      if (item.id === id) return here;
      const inner = findEntity(item, id, here);
      if (inner) return inner;
    }
    return undefined;
  }
  if (isObject(root)) {
    for (const [key, value] of Object.entries(root)) {
      if (typeof value !== 'object' || value === null) continue;
      const inner = findEntity(value, id, [...path, key]);
      if (inner) return inner;
    }
  }
  return undefined;
}

function commonPrefix(paths: string[][]): string[] {
  const [first = [], ...rest] = paths;
  let length = first.length;
  for (const path of rest) {
    let i = 0;
    while (i < length && path[i] === first[i]) i += 1;
    length = i;
  }
  return first.slice(0, length);
}

const fieldName = (path: string[]) => path.join('.').replace(/\.\[/g, '[');

function partnerId(db: MockDatabase): string {
  return db.account.tenants[0]?.tenantId ?? '';
}

interface WriteContext {
  method: Method;
  request: Request;
  url: URL;
  /** The signed-in caller, or undefined when the request had no valid token (not recorded). */
  caller: { id: string; email: string; displayName: string } | undefined;
}

/**
 * Runs a write and records it. Reads pass straight through. A write replayed with the same
 * `MS-RequestId` (an idempotent retry answered from memory) is not recorded twice.
 */
export async function recordWrite(context: WriteContext, write: () => Promise<Response>): Promise<Response> {
  const { method, request, url, caller } = context;
  if (method === 'get' || method === 'head') return write();
  const rule = rules.find((candidate) => candidate.pattern.test(url.pathname)) ?? fallbackRule(url.pathname);
  if (rule.readOnly) return write();

  const requestText = await request.clone().text();
  const beforeText = snapshotText();
  const response = await write();
  if (!caller) return response;

  const requestId = request.headers.get('MS-RequestId');
  const operationType = rule.operations[method] ?? `${method}_${rule.resourceType}`;
  const db = getDb();
  const replay =
    requestId !== null &&
    db.auditRecords.some(
      (record) =>
        record.operationStatus === 'succeeded' &&
        record.userPrincipalName === caller.email &&
        record.operationType === operationType &&
        record.customizedData.some((pair) => pair.key === 'RequestId' && pair.value === requestId),
    );
  if (replay) return response;

  const groups = rule.pattern.exec(url.pathname)?.groups ?? {};
  const responseBody = (await response
    .clone()
    .json()
    .catch(() => undefined)) as Record<string, unknown> | undefined;
  const succeeded = response.status < 400;
  const pathId = groups.id ? decodeURIComponent(groups.id) : undefined;
  const bodyId = responseBody ? (rule.idFromBody?.(responseBody) ?? responseBody.id) : undefined;
  const resourceId =
    pathId ??
    (groups.customer ? decodeURIComponent(groups.customer) : undefined) ??
    text(bodyId) ??
    undefined;
  const customerId =
    (groups.customer ? decodeURIComponent(groups.customer) : undefined) ??
    (rule.resourceType === 'customer' && succeeded ? resourceId : undefined);

  const storePath = rule.store && customerId ? [rule.store, customerId] : undefined;
  let changes: AuditFieldChange[] = [];
  let oldValue: unknown;
  let newValue: unknown;
  if (succeeded && storePath) {
    // A create in a per-customer list: the record is the resource as the API answered it (the
    // stored item also holds the mock's own bookkeeping, such as a vetting decision still to come).
    const leaves: Leaf[] = [];
    diff(undefined, responseBody ?? {}, [], leaves);
    changes = leaves.map((leaf) => ({
      field: fieldName(leaf.path),
      oldValue: text(leaf.before),
      newValue: text(leaf.after),
    }));
    newValue = responseBody;
  } else if (succeeded) {
    const before = stateAt(beforeText);
    const after = audited();
    const leaves: Leaf[] = [];
    diff(before, after, [], leaves);
    const entityPath =
      storePath ??
      (resourceId ? findEntity(before, resourceId) : undefined) ??
      (resourceId ? findEntity(after, resourceId) : undefined) ??
      commonPrefix(leaves.map((leaf) => leaf.path.slice(0, -1)));
    const inside = (leaf: Leaf) => entityPath.every((segment, i) => leaf.path[i] === segment);
    changes = leaves.map((leaf) => ({
      field: fieldName(inside(leaf) ? leaf.path.slice(entityPath.length) : leaf.path),
      oldValue: text(leaf.before),
      newValue: text(leaf.after),
    }));
    oldValue = valueAt(before, entityPath);
    newValue = valueAt(after, entityPath);
  } else {
    // Refused: nothing changed; record what was asked for against what is there.
    const before = stateAt(beforeText);
    let requested: unknown;
    try {
      requested = requestText ? JSON.parse(requestText) : undefined;
    } catch {
      requested = requestText;
    }
    const entityPath = storePath ?? (resourceId ? findEntity(before, resourceId) : undefined);
    const current = entityPath
      ? valueAt(before, rule.part ? [...entityPath, rule.part] : entityPath)
      : undefined;
    if (isObject(requested)) {
      const leaves: Leaf[] = [];
      diff(
        isObject(current) ? current : {},
        { ...(isObject(current) ? current : {}), ...requested },
        [],
        leaves,
      );
      // Named from the same place as an accepted write's fields (`billingProfile.defaultAddress.city`).
      changes = leaves.map((leaf) => ({
        field: fieldName(rule.part ? [rule.part, ...leaf.path] : leaf.path),
        oldValue: text(leaf.before),
        newValue: text(leaf.after),
      }));
    }
    oldValue = current;
    newValue = requested;
  }

  const error = succeeded ? undefined : (responseBody ?? {});
  const customer = customerId ? db.customers.find((candidate) => candidate.id === customerId) : undefined;
  const status: OperationStatus = succeeded ? 'succeeded' : 'failed';
  const record: AuditRecord = {
    id: newGuid(),
    partnerId: partnerId(db),
    ...(customerId ? { customerId } : {}),
    ...(customer?.companyProfile.companyName ? { customerName: customer.companyProfile.companyName } : {}),
    userPrincipalName: caller.email,
    userDisplayName: caller.displayName,
    applicationId: dashboardApplicationId,
    resourceType: rule.resourceType,
    ...(resourceId ? { resourceId } : {}),
    ...(oldValue !== undefined ? { resourceOldValue: JSON.stringify(oldValue) } : {}),
    ...(newValue !== undefined ? { resourceNewValue: JSON.stringify(newValue) } : {}),
    operationType,
    ...(request.headers.get('MS-CorrelationId')
      ? { originalCorrelationId: request.headers.get('MS-CorrelationId') ?? '' }
      : {}),
    operationDate: now().toISOString(),
    operationStatus: status,
    customizedData: [
      ...(resourceId ? [{ key: 'ResourceId', value: resourceId }] : []),
      ...(requestId ? [{ key: 'RequestId', value: requestId }] : []),
      { key: 'HttpStatus', value: String(response.status) },
      ...(error
        ? [
            { key: 'ErrorCode', value: text(error.code ?? error.statusCode) },
            { key: 'ErrorDescription', value: text(error.description ?? error.message) },
          ]
        : []),
    ],
    changes,
    attributes: { objectType: 'AuditRecord' },
  };
  db.auditRecords.push(record);
  if (db.auditRecords.length > auditRecordLimit)
    db.auditRecords.splice(0, db.auditRecords.length - auditRecordLimit);
  saveDb();
  return response;
}
