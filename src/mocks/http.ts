import {
  delay,
  http,
  HttpResponse,
  type DefaultBodyType,
  type HttpResponseResolver,
  type PathParams,
} from 'msw';
import { insufficientPrivilegesCode } from '@/lib/api-error';
import type { PartnerUser } from '@/lib/api-types/users';
import { can, type Action } from '@/lib/permissions';
import { defaultDemoUserId, userIdFromToken } from '@/lib/session';
import { recordWrite } from './audit';
import { getDb, saveDb } from './db/database';
import { getFaults } from './faults';
import { isThrottledEndpoint, throttleDecision } from './throttling';

/** Matches any origin, so the same handlers serve same-origin and `VITE_API_BASE_URL` setups. */
export function apiPath(path: string): string {
  return `*${path}`;
}

/** The service that answered, as Partner Center's error bodies name it. */
export const pcErrorSource = 'PartnerFD';

export interface PcErrorInit {
  status: number;
  code: number | string;
  description: string;
  errorName?: string;
  data?: unknown[];
}

/** Partner Center's error body: the classic fields plus the extended ones newer services send. */
export function pcError({
  status,
  code,
  description,
  errorName,
  data,
}: PcErrorInit): HttpResponse<DefaultBodyType> {
  return HttpResponse.json(
    {
      code,
      description,
      message: description,
      ...(errorName ? { errorName } : {}),
      isRetryable: status >= 500 || status === 429,
      data: data ?? [],
      source: pcErrorSource,
      errorMessageExtended: `InternalErrorCode=${code}`,
    },
    { status },
  );
}

/**
 * Partner Center's resource links are relative to the service root without the version prefix
 * (`/customers/{id}`, and a cart's `/customers/{id}/carts/{cartId}` as the create-a-cart samples
 * show); collection links keep it (`/v1/customers?size=40`).
 */
export function link(uri: string, method = 'GET') {
  return { uri, method, headers: [] as unknown[] };
}

/**
 * Seek-based collections (the activity log, the customer list) hand out an opaque token that holds
 * the whole query, so the next page is asked for with `seekOperation=Next` and the token alone.
 */
export function encodeContinuationToken(state: object): string {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  return btoa(String.fromCharCode(...bytes));
}

/** The state a token was made from, or undefined for a token this mock did not hand out. */
export function decodeContinuationToken(token: string): unknown {
  try {
    const bytes = Uint8Array.from(atob(token), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/** The `links.next` of a seek-based page: the token goes back in the `MS-ContinuationToken` header. */
export function nextPageLink(uri: string, token: string) {
  return { uri, method: 'GET', headers: [{ key: 'MS-ContinuationToken', value: token }] };
}

/** A Collection always names itself: `links.self` is the request that produced it. */
export function collection<T>(items: T[], self: URL | string, totalCount = items.length) {
  const uri = typeof self === 'string' ? self : self.pathname + self.search;
  return {
    totalCount,
    items,
    links: { self: link(uri) },
    attributes: { objectType: 'Collection' as const },
  };
}

/** Requests may use PascalCase property names (many Partner Center samples do). */
export function camelCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelCaseKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, inner]) => [
        key.charAt(0).toLowerCase() + key.slice(1),
        camelCaseKeys(inner),
      ]),
    );
  }
  return value;
}

/**
 * The ETag a write was made from: `If-Match`, or else the body's attributes.etag, where several of
 * Partner Center's documented update requests carry it; unquoted, weak prefix removed, '' if none.
 */
export function sentEtag(request: Request, bodyEtag?: unknown): string {
  const sent = request.headers.get('If-Match') ?? (typeof bodyEtag === 'string' ? bodyEtag : '');
  return sent.replace(/^W\//, '').replace(/"/g, '');
}

export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return undefined;
  try {
    return camelCaseKeys(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/**
 * The caller a bearer token stands for. A demo token (`demo.<user id>`) names a seeded user and
 * selects that user's roles; any other bearer token stands for the default demo user (a Global
 * admin), so that a request copied from Partner Center's documentation (`Bearer <token>`) or sent
 * by an SDK with a real token gets the documented answer. The mock cannot check a real Azure AD
 * token: it only tells a missing one (401) from one that is there.
 */
export function findCaller(request: Request): PartnerUser | undefined {
  const token = /^Bearer\s+(\S+)/i.exec(request.headers.get('Authorization') ?? '')?.[1];
  if (!token) return undefined;
  const userId = userIdFromToken(token) ?? defaultDemoUserId;
  return getDb().partnerUsers.find((candidate) => candidate.id === userId);
}

export function rolesOf(user: PartnerUser) {
  return [...user.commercialRoles, ...user.developerRoles];
}

export function forbidden(action: Action) {
  return pcError({
    status: 403,
    code: insufficientPrivilegesCode,
    errorName: 'InsufficientPrivileges',
    description: `Your role does not allow this operation (${action}). Ask a Global admin to grant you a role that includes it.`,
  });
}

let naturalLatency: [number, number] = [0, 0];

/** The browser gets a little jitter so loading states are visible; tests run with none. */
export function setNaturalLatency(range: [number, number]): void {
  naturalLatency = range;
}

const arrivals = new WeakMap<Request, number>();

/**
 * Records when a request that reaches its endpoint later set off: when the app made it (it may have
 * waited for the mock to start, see api-ready.ts), else when the mock first saw it. The browser's
 * mock loads a domain's handlers on that domain's first call (80-110 ms here), and the latency
 * counts from then so that the mock's own start-up and loading are part of it instead of added to
 * it: a visitor's first calls were the slowest of the page for no reason an API would have.
 */
export function noteArrival(request: Request, at: number): void {
  arrivals.set(request, at);
}

/** The natural latency and a fault's extra delay, less what the request has already waited. */
function latencyLeft(request: Request, extraLatencyMs: number): number {
  const [min, max] = naturalLatency;
  const arrivedAt = arrivals.get(request);
  const waited = arrivedAt === undefined ? 0 : performance.now() - arrivedAt;
  return min + Math.random() * (max - min) + extraLatencyMs - waited;
}

export interface RouteContext<Params extends PathParams> {
  request: Request;
  params: Params;
  caller: PartnerUser;
  url: URL;
}

type Resolver<Params extends PathParams> = (context: RouteContext<Params>) => Response | Promise<Response>;

interface RouteOptions {
  /** Permission the caller must hold; omit for endpoints any signed-in user may call. */
  action?: Action;
  /**
   * A create that a client may retry: a second request with the same `MS-RequestId` from the same
   * caller gets the first answer again instead of creating twice (or a duplicate 409).
   */
  idempotent?: boolean;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head';

export interface RouteInfo {
  method: Method;
  path: string;
  action?: Action;
}

/** Every route declared so far, so tests can be generated per endpoint (e.g. each write × role). */
export const routeTable: RouteInfo[] = [];

/**
 * Every mock endpoint goes through here: fault scenarios, latency, authentication, permissions,
 * throttling, echoed request ids and persistence after writes are applied the same way for all.
 */
export function route<Params extends PathParams = PathParams>(
  method: Method,
  path: string,
  resolver: Resolver<Params>,
  options: RouteOptions = {},
) {
  routeTable.push({ method, path, ...(options.action ? { action: options.action } : {}) });
  const handler: HttpResponseResolver<Params> = async ({ request, params }) => {
    const url = new URL(request.url);
    const faults = getFaults();
    const wait = latencyLeft(request, faults.extraLatencyMs);
    if (wait > 0) await delay(wait);
    if (faults.networkFailure) return HttpResponse.error();

    const requestId = request.headers.get('MS-RequestId');
    // Every write, accepted or refused, also becomes an audit record (GET /v1/auditrecords).
    const response = await recordWrite({ method, request, url, caller: findCaller(request) }, answer);
    const correlationId = request.headers.get('MS-CorrelationId');
    if (requestId) response.headers.set('MS-RequestId', requestId);
    if (correlationId) response.headers.set('MS-CorrelationId', correlationId);
    // HTTP: a HEAD answer has the status and headers of the GET it stands for, never a body,
    // its errors (401, 403, 429, 500) included.
    return method === 'head'
      ? new Response(null, { status: response.status, headers: response.headers })
      : response;

    async function answer(): Promise<Response> {
      if (faults.serverErrors) {
        return pcError({
          status: 500,
          code: 800003,
          description: 'An unexpected error occurred in the service. Try again later.',
        });
      }
      const caller = findCaller(request);
      if (!caller) {
        const response = pcError({
          status: 401,
          code: 800001,
          description: 'The request has no valid partner token.',
        });
        response.headers.set('WWW-Authenticate', 'OAuth realm=urn:cpsvc:cpid:demo');
        return response;
      }
      if (options.action && !can(rolesOf(caller), options.action)) return forbidden(options.action);

      if (faults.throttling && isThrottledEndpoint(request.method, url.pathname)) {
        const retryAfter = throttleDecision(
          `${caller.id} ${request.method} ${url.pathname}`,
          faults.retryAfterSeconds,
          Date.now(),
        );
        if (retryAfter !== null) {
          const message = `Rate limit is exceeded. Try again in ${retryAfter} seconds.`;
          // Documented body: `statusCode` + `message`. `code`, `description` and `source` are ours,
          // so a client reading every error the same way still finds them.
          return HttpResponse.json(
            { statusCode: 429, message, code: 429, description: message, source: pcErrorSource },
            { status: 429, headers: { 'Retry-After': String(retryAfter) } },
          );
        }
      }

      const idempotencyKey =
        options.idempotent && requestId
          ? `${caller.id} ${request.method} ${url.pathname} ${requestId}`
          : null;
      const earlier = idempotencyKey ? getDb().idempotentResponses[idempotencyKey] : undefined;
      if (earlier) return HttpResponse.json(earlier.body as DefaultBodyType, { status: earlier.status });

      let result: Response;
      try {
        result = await resolver({ request, params: params as Params, caller, url });
      } catch {
        // A bug in a handler answers as the service would, never with a stack trace.
        return pcError({
          status: 500,
          code: 800003,
          description: 'An unexpected error occurred in the service. Try again later.',
        });
      }
      if (idempotencyKey && result.status < 400) {
        getDb().idempotentResponses[idempotencyKey] = {
          status: result.status,
          body: await result
            .clone()
            .json()
            .catch(() => null),
        };
      }
      if (method !== 'get' && method !== 'head' && result.status < 400) saveDb();
      return result;
    }
  };
  return http[method]<Params>(apiPath(path), handler);
}
