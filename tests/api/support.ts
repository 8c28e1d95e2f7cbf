/**
 * The API-level tests speak plain HTTP requests and read raw answers. By default they run
 * in-process (the same request path `npm run api` serves, without a socket); with
 * `API_BASE_URL=http://127.0.0.1:4403` they run against the HTTP mock itself (npm run test:api:http).
 */
import { beforeAll, beforeEach, expect } from 'vitest';
import { demoTokenFor } from '@/lib/session';
import { seededGuid } from '@/mocks/db/seed-ids';
import { server } from '@/mocks/node';
import { answer } from '@/mocks/server/answer';

export const baseUrl = process.env.API_BASE_URL?.replace(/\/+$/, '');
const inProcessOrigin = 'http://partner-center.test';

export const globalAdmin = 'user-ana-global-admin';

export interface CallOptions {
  method?: string;
  body?: unknown;
  /** Sent as is, e.g. malformed JSON. */
  rawBody?: string;
  headers?: Record<string, string>;
  /** Demo user whose bearer token is sent; `null` sends none. */
  user?: string | null;
}

// Raw wire JSON: the tests check its shape with assertions rather than trusting a type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function pc<T = any>(path: string, options: CallOptions = {}): Promise<Answer<T>> {
  const { method = 'GET', body, rawBody, headers = {}, user = globalAdmin } = options;
  const requestHeaders = new Headers({ Accept: 'application/json', ...headers });
  // Over HTTP the request goes through the test window's fetch (happy-dom), which keeps every GET
  // answer that has an ETag and serves it again unasked: a profile read after its PUT came back
  // as it was before. Each call here must reach the mock.
  if (baseUrl) requestHeaders.set('Cache-Control', 'no-cache');
  if (user) requestHeaders.set('Authorization', `Bearer ${demoTokenFor(user)}`);
  const payload = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
  if (payload !== undefined) requestHeaders.set('Content-Type', 'application/json');
  const request = new Request(`${baseUrl ?? inProcessOrigin}${path}`, {
    method,
    headers: requestHeaders,
    ...(payload !== undefined ? { body: payload } : {}),
  });
  const response = baseUrl ? await fetch(request) : await answer(request);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** Partner Center's error body: `code`, `description` and `source` on every error. */
export function expectPcError(answer: Answer, status: number, code?: number | string): void {
  expect(answer.status).toBe(status);
  expect(answer.body).toEqual(
    expect.objectContaining({
      code: code ?? expect.anything(),
      description: expect.any(String),
      source: expect.any(String),
    }),
  );
  expect(answer.body.description.length).toBeGreaterThan(0);
}

export const link = (uri: string) => ({ uri, method: 'GET', headers: [] });

export const seededCustomer = (prefix: string) => seededGuid(`customer:${prefix}`);

if (baseUrl) {
  // The in-process interceptor (tests/setup) would otherwise answer these requests itself.
  beforeAll(() => server.close());
  beforeEach(async () => {
    await pc('/v1/_mock/reset', { method: 'POST' });
    await pc('/v1/_mock/faults', {
      method: 'PUT',
      body: { extraLatencyMs: 0, serverErrors: false, networkFailure: false, throttling: false },
    });
  });
}
