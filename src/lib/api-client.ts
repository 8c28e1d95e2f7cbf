import { ApiError, NetworkError, type PartnerCenterErrorBody } from './api-error';
import { sendWhenReady } from './api-ready';
import { apiBaseUrl } from './config';
import { newGuid } from './ids';
import { demoTokenFor, getSignedInUserId } from './session';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';

export interface RequestOptions {
  method?: HttpMethod;
  body?: unknown;
  /** Sent as `If-Match` (quoted, as Partner Center expects). */
  ifMatch?: string;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
  locale?: string;
  /** `MS-RequestId`; a fresh one when omitted. Reusing one makes a retried create idempotent. */
  requestId?: string;
  /** Extra headers a link asks for (e.g. `MS-ContinuationToken` of a seek-based `links.next`). */
  headers?: Record<string, string>;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  etag: string | undefined;
}

function resolveUrl(path: string, query: RequestOptions['query']): string {
  // Absolute URLs keep Node's fetch (tests) and the browser on the same code path.
  const origin = apiBaseUrl || globalThis.location?.origin || 'http://localhost';
  const url = new URL(`${origin}${path}`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  return url.toString();
}

function quoteEtag(etag: string): string {
  return etag.startsWith('"') ? etag : `"${etag}"`;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The one HTTP client. Every call carries the signed-in demo user's bearer token and fresh
 * Partner Center request/correlation ids, and every failure becomes an `ApiError` with the
 * service's own description, or a `NetworkError`.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const method = options.method ?? 'GET';
  const requestId = options.requestId ?? newGuid();
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: `Bearer ${demoTokenFor(getSignedInUserId())}`,
    'MS-RequestId': requestId,
    'MS-CorrelationId': newGuid(),
    'MS-Contract-Version': 'v1',
  };
  if (options.locale) headers['X-Locale'] = options.locale;
  if (options.ifMatch) headers['If-Match'] = quoteEtag(options.ifMatch);
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  Object.assign(headers, options.headers);

  let response: Response;
  try {
    response = await sendWhenReady(
      () =>
        fetch(resolveUrl(path, options.query), {
          method,
          headers,
          body: options.body === undefined ? null : JSON.stringify(options.body),
          signal: options.signal ?? null,
        }),
      requestId,
      options.signal,
    );
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }

  const payload = await readJson(response);
  if (!response.ok) {
    throw new ApiError({
      status: response.status,
      body: (payload ?? undefined) as PartnerCenterErrorBody | undefined,
      fallbackMessage: `The request failed (HTTP ${response.status}).`,
      retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
      requestId,
    });
  }
  const etagHeader = response.headers.get('ETag');
  const bodyEtag = (payload as { attributes?: { etag?: string } } | undefined)?.attributes?.etag;
  return {
    data: payload as T,
    status: response.status,
    etag: etagHeader?.replace(/^"|"$/g, '') ?? bodyEtag,
  };
}

/** Answers that say nothing about whether the create happened: worth the same request again. */
function isLostAnswer(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  return error instanceof ApiError && (error.status >= 500 || error.status === 408 || error.status === 429);
}

export interface CreateOptions extends Omit<RequestOptions, 'method' | 'body' | 'requestId'> {
  /** Tries in all, the first included. */
  attempts?: number;
  backoffMs?: number;
}

/**
 * A create Partner Center makes idempotent on `MS-RequestId`: when its answer is lost (network
 * failure, timeout, 5xx, throttling) the SAME request id is sent again, so the service returns what
 * the first attempt created instead of creating twice or refusing a "duplicate".
 */
export async function createWithRetry<T>(
  path: string,
  body: unknown,
  options: CreateOptions = {},
): Promise<T> {
  const { attempts = 3, backoffMs = 250, ...rest } = options;
  const requestId = newGuid();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return (await apiRequest<T>(path, { ...rest, method: 'POST', body, requestId })).data;
    } catch (error) {
      if (attempt >= attempts || !isLostAnswer(error) || rest.signal?.aborted) throw error;
      const retryAfter = error instanceof ApiError ? error.retryAfterSeconds : undefined;
      const wait = retryAfter !== undefined ? retryAfter * 1000 : backoffMs * 2 ** (attempt - 1);
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 8000)));
    }
  }
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'GET' }).then((r) => r.data),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }).then((r) => r.data),
  put: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }).then((r) => r.data),
  patch: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }).then((r) => r.data),
  delete: <T = void>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'DELETE' }).then((r) => r.data),
};

/** Partner Center collections: `{ totalCount, items, links, attributes }`. */
export interface Collection<T> {
  totalCount: number;
  items: T[];
  /** A seek-based collection's next page: asked for with this in `MS-ContinuationToken`. */
  continuationToken?: string;
  links?: { self?: { uri: string }; next?: { uri: string } };
  attributes?: { objectType: 'Collection' };
}
