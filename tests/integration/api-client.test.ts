import type { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { api, apiRequest } from '@/lib/api-client';
import { holdApiCallsUntil, holdApiCallsWhile } from '@/lib/api-ready';
import { ApiError, NetworkError } from '@/lib/api-error';
import { createQueryClient, queryRetryDelay, shouldRetryQuery } from '@/lib/query-client';
import { signInAs } from '@/lib/session';
import { setFaults } from '@/mocks/faults';
import { server } from '@/mocks/node';

/** Answers GET /v1/probe and counts the calls it received. */
function countProbes(): { seen: number } {
  const probes = { seen: 0 };
  server.use(
    http.get('*/v1/probe', () => {
      probes.seen += 1;
      return HttpResponse.json({ ok: true });
    }),
  );
  return probes;
}

/** Holds API calls as a mock still starting would; the returned function lets them go. */
function holdCallsUntilOpened(): () => void {
  let open = () => {};
  holdApiCallsUntil(new Promise<void>((resolve) => (open = resolve)));
  return () => open();
}

describe('API client', () => {
  it('holds calls made before the mock is ready and sends them, none lost, once it is', async () => {
    const probes = countProbes();
    const markReady = holdCallsUntilOpened();
    try {
      const calls = [api.get('/v1/probe'), api.get('/v1/probe')];
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(probes.seen).toBe(0);
      markReady();
      await expect(Promise.all(calls)).resolves.toHaveLength(2);
      expect(probes.seen).toBe(2);
    } finally {
      holdApiCallsUntil(Promise.resolve());
    }
  });

  it('lets calls already sent finish before a change of worker, and holds new calls until it is done', async () => {
    const order: string[] = [];
    let answerFirst = () => {};
    server.use(
      http.get('*/v1/probe/:name', async ({ params }) => {
        order.push(`received ${String(params.name)}`);
        if (params.name === 'first') await new Promise<void>((resolve) => (answerFirst = resolve));
        return HttpResponse.json({ ok: true });
      }),
    );
    const first = api.get('/v1/probe/first');
    await vi.waitFor(() => expect(order).toEqual(['received first']));
    let finishChange = () => {};
    holdApiCallsWhile(async () => {
      order.push('change started');
      await new Promise<void>((resolve) => (finishChange = resolve));
      order.push('change done');
    });
    const second = api.get('/v1/probe/second');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(order).toEqual(['received first']);
    answerFirst();
    await first;
    await vi.waitFor(() => expect(order).toContain('change started'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(order).not.toContain('received second');
    finishChange();
    await second;
    expect(order).toEqual(['received first', 'change started', 'change done', 'received second']);
  });

  it('ends a held call as soon as it is cancelled, without waiting for the mock, and never sends it', async () => {
    const probes = countProbes();
    const markReady = holdCallsUntilOpened();
    try {
      const controller = new AbortController();
      const call = api.get('/v1/probe', { signal: controller.signal });
      let settled = false;
      void call.catch(() => {}).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(settled).toBe(false);
      controller.abort();
      await expect(call).rejects.toMatchObject({ name: 'AbortError' });
      markReady();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(probes.seen).toBe(0);
    } finally {
      holdApiCallsUntil(Promise.resolve());
    }
  });

  it('fails held calls as a network error when the mock cannot start', async () => {
    holdApiCallsUntil(Promise.reject(new Error('The service worker could not register.')));
    try {
      await expect(api.get('/v1/probe')).rejects.toBeInstanceOf(NetworkError);
    } finally {
      holdApiCallsUntil(Promise.resolve());
    }
  });

  it('sends the bearer token of the signed-in demo user and Partner Center request ids', async () => {
    let seen: Headers | undefined;
    server.use(
      http.get('*/v1/probe', ({ request }) => {
        seen = request.headers;
        return HttpResponse.json({ ok: true });
      }),
    );
    signInAs('user-devon-sales-agent');
    await api.get('/v1/probe');
    expect(seen?.get('Authorization')).toBe('Bearer demo.user-devon-sales-agent');
    expect(seen?.get('MS-RequestId')).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen?.get('MS-CorrelationId')).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen?.get('MS-RequestId')).not.toBe(seen?.get('MS-CorrelationId'));
  });

  it('maps a Partner Center error body to an ApiError with status, code and description', async () => {
    const error = await api.get('/v1/customers/not-a-customer').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(404);
    expect(apiError.code).toBe(60003);
    expect(apiError.errorName).toBe('TenantNotFound');
    expect(apiError.description).toBe('Customer not-a-customer was not found.');
    expect(apiError.message).toBe(apiError.description);
    expect(String(apiError)).not.toContain('[object Object]');
  });

  it('maps the 403 of a forbidden role with the service description', async () => {
    signInAs('user-finn-developer');
    const error = (await api.get('/v1/customers').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(403);
    expect(error.hasCode(900308)).toBe(true);
    expect(error.description).toMatch(/Your role does not allow this operation/);
  });

  it('answers 401 with the Partner Center body when the token names nobody', async () => {
    signInAs('user-who-does-not-exist');
    const error = (await api.get('/v1/me').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(401);
    expect(error.hasCode(800001)).toBe(true);
  });

  it('maps the throttling body (statusCode + message) and reads Retry-After', async () => {
    server.use(
      http.get('*/v1/throttled', () =>
        HttpResponse.json(
          { statusCode: 429, message: 'Rate limit is exceeded. Try again in 7 seconds.' },
          { status: 429, headers: { 'Retry-After': '7' } },
        ),
      ),
    );
    const error = (await api.get('/v1/throttled').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(7);
    expect(error.description).toBe('Rate limit is exceeded. Try again in 7 seconds.');
  });

  it('turns a dead network into a NetworkError', async () => {
    setFaults({ networkFailure: true });
    await expect(api.get('/v1/me')).rejects.toBeInstanceOf(NetworkError);
  });

  it('returns the ETag of a resource and sends If-Match quoted', async () => {
    const customerId =
      (await api.get<{ items: { id: string }[] }>('/v1/customers', { query: { size: 1 } })).items[0]?.id ??
      '';
    const first = await apiRequest<{ attributes: { etag: string } }>(
      `/v1/customers/${customerId}/profiles/billing`,
    );
    expect(first.etag).toBe(first.data.attributes.etag);
    let ifMatch: string | null = null;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT') ifMatch = request.headers.get('If-Match');
    });
    await apiRequest(`/v1/customers/${customerId}/profiles/billing`, {
      method: 'PUT',
      body: first.data,
      ifMatch: first.etag,
    });
    server.events.removeAllListeners();
    expect(ifMatch).toBe(`"${first.etag}"`);
  });
});

describe('query retry policy', () => {
  const error = (status: number, retryAfterSeconds?: number) =>
    new ApiError({
      status,
      body: { code: status, description: 'x' },
      fallbackMessage: 'x',
      retryAfterSeconds,
      requestId: 'r',
    });

  it('never retries a 4xx other than 429', () => {
    for (const status of [400, 401, 403, 404, 409, 412])
      expect(shouldRetryQuery(0, error(status))).toBe(false);
  });

  it('retries 429, 5xx and network failures a bounded number of times', () => {
    for (const failure of [error(429, 1), error(500), error(503), new NetworkError(new TypeError('x'))]) {
      expect(shouldRetryQuery(0, failure)).toBe(true);
      expect(shouldRetryQuery(2, failure)).toBe(true);
      expect(shouldRetryQuery(3, failure)).toBe(false);
    }
  });

  it('waits exactly Retry-After on 429 and backs off exponentially otherwise', () => {
    expect(queryRetryDelay(0, error(429, 4))).toBe(4000);
    expect(queryRetryDelay(0, error(500))).toBe(500);
    expect(queryRetryDelay(1, error(500))).toBe(1000);
    expect(queryRetryDelay(2, error(500))).toBe(2000);
    expect(queryRetryDelay(10, error(500))).toBe(8000);
  });

  it('a query recovers from throttling by waiting for Retry-After; a mutation never retries', async () => {
    setFaults({ throttling: true, retryAfterSeconds: 1 });
    const customerId =
      (await api.get<{ items: { id: string }[] }>('/v1/customers', { query: { size: 1 } })).items[0]?.id ??
      '';
    const calls: number[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith(`/v1/customers/${customerId}`)) calls.push(Date.now());
    });
    const client: QueryClient = createQueryClient();
    const customer = await client.fetchQuery({
      queryKey: ['throttle-test', customerId],
      queryFn: () => api.get<{ id: string }>(`/v1/customers/${customerId}`),
      retry: (count, e) => shouldRetryQuery(count, e),
    });
    server.events.removeAllListeners();
    expect(customer.id).toBe(customerId);
    expect(calls).toHaveLength(2);
    // The second call came only after the service's Retry-After (1 s).
    expect((calls[1] ?? 0) - (calls[0] ?? 0)).toBeGreaterThanOrEqual(950);

    const mutationCalls: string[] = [];
    server.use(
      http.post('*/v1/always-throttled', () => {
        mutationCalls.push('x');
        return HttpResponse.json(
          { statusCode: 429, message: 'wait' },
          { status: 429, headers: { 'Retry-After': '0' } },
        );
      }),
    );
    await expect(
      client
        .getMutationCache()
        .build(client, { mutationFn: () => api.post('/v1/always-throttled', {}) })
        .execute(undefined),
    ).rejects.toBeInstanceOf(ApiError);
    expect(mutationCalls).toHaveLength(1);
  });
});
