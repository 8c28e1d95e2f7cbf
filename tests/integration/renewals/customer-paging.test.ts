import { afterEach, describe, expect, it } from 'vitest';
import { fetchAllCustomers } from '@/features/renewals/scan-store';
import { api, type Collection } from '@/lib/api-client';
import { server } from '@/mocks/node';

/** The customer-list requests the scan makes, as the mock saw them. */
function watchCustomerListRequests() {
  const seen: Array<{ search: URLSearchParams; token: string | null }> = [];
  const onStart = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname !== '/v1/customers') return;
    seen.push({ search: url.searchParams, token: request.headers.get('MS-ContinuationToken') });
  };
  server.events.on('request:start', onStart);
  return { seen, stop: () => server.events.removeListener('request:start', onStart) };
}

let stopWatching: (() => void) | undefined;
afterEach(() => stopWatching?.());

describe('the renewals scan reads customers as Partner Center pages them', () => {
  it('follows the continuation token until the last page and reads every customer once', async () => {
    const everyone = await api.get<Collection<{ id: string }>>('/v1/customers', { query: { size: 500 } });
    expect(everyone.continuationToken).toBeUndefined();
    const watch = watchCustomerListRequests();
    stopWatching = watch.stop;

    const customers = await fetchAllCustomers(new AbortController().signal, 7);

    const ids = customers.map((customer) => customer.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(everyone.items.map((item) => item.id).sort());
    // One request for the first page, then one per following page, each with the last page's token.
    expect(watch.seen).toHaveLength(Math.ceil(everyone.items.length / 7));
    expect(watch.seen[0]?.search.get('size')).toBe('7');
    expect(watch.seen[0]?.token).toBeNull();
    for (const next of watch.seen.slice(1)) {
      expect(next.search.get('seekOperation')).toBe('Next');
      expect(next.search.has('offset')).toBe(false);
      expect(next.token).toEqual(expect.any(String));
    }
  });
});
