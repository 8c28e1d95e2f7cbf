import { getResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdApiCallsUntil, sendWhenReady } from '@/lib/api-ready';
import { demoTokenFor } from '@/lib/session';
import { seededGuid } from '@/mocks/db/seed-ids';
import { handlers } from '@/mocks/handlers';
import { noteArrival, setNaturalLatency } from '@/mocks/http';
import { domainOf, lazyHandlers } from '@/mocks/lazy-handlers';

const adatum = seededGuid('customer:adatumedu');

function request(path: string, init: { method?: string; body?: unknown; requestId?: string } = {}): Request {
  return new Request(`http://localhost${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Accept: 'application/json',
      Authorization: `Bearer ${demoTokenFor('user-ana-global-admin')}`,
      ...(init.requestId === undefined ? {} : { 'MS-RequestId': init.requestId }),
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

async function read(response: Response | undefined) {
  if (!response) return undefined;
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

describe('the browser mock loads each domain on first call', () => {
  it('sends each path to its domain', () => {
    expect(domainOf('/v1/announcements')).toBe('announcements');
    expect(domainOf('/v1/announcements/2020-11/mca/impact')).toBe('announcements');
    expect(domainOf('/v1/products/CFQ7TTC0LH18/skus')).toBe('commerce');
    expect(domainOf(`/v1/customers/${adatum}/subscriptions`)).toBe('commerce');
    expect(domainOf(`/v1/customers/${adatum}/carts/abc/checkout`)).toBe('commerce');
    expect(domainOf(`/v1/customers/${adatum}/qualifications`)).toBe('compliance');
    expect(domainOf(`/v1/customers/${adatum}/validationStatus`)).toBe('compliance');
    expect(domainOf(`/v1/customers/${adatum}/directSignedMicrosoftCustomerAgreementStatus`)).toBe(
      'compliance',
    );
    expect(domainOf(`/v1/customers/${adatum}/products`)).toBe('commerce');
    expect(domainOf('/v1/agreements')).toBe('compliance');
    expect(domainOf('/v1/agreementtemplates/t-1/document')).toBe('compliance');
    expect(domainOf('/v1/customers/all/validations')).toBe('compliance');
    expect(domainOf('/v1/users/abc')).toBe('account');
    expect(domainOf('/v1/profiles/legalbusiness')).toBe('account');
    expect(domainOf('/v1/groups/g1/members')).toBe('account');
    expect(domainOf('/v1/me')).toBe('core');
    expect(domainOf('/v1/usersx')).toBe('core');
    expect(domainOf(`/v1/customers/${adatum}`)).toBe('core');
    expect(domainOf('/v1/customers')).toBe('core');
    expect(domainOf('/v1/announcementsx')).toBe('core');
  });

  it.each([
    ['/v1/customers?size=5'],
    [`/v1/customers/${adatum}`],
    [`/v1/customers/${adatum}/subscriptions`],
    [`/v1/customers/${adatum}/qualifications`],
    [`/v1/customers/${adatum}/directSignedMicrosoftCustomerAgreementStatus`],
    ['/v1/agreements'],
    ['/v1/announcements?locale=fr-FR'],
    ['/v1/products?country=US&targetView=OnlineServicesNCE'],
    ['/v1/users'],
    ['/v1/me'],
    ['/v1/roles'],
    ['/v1/profiles/identifiers'],
    ['/v1/customers/all/validations'],
    ['/v1/countryvalidationrules/KZ'],
    ['/v1/customers/not-a-customer/subscriptions'],
    [`/v1/customers/${adatum}/validationStatus?type=account`],
    [`/v1/customers/${adatum}/products?targetView=OnlineServicesNCE`],
  ])('answers GET %s exactly as the full handler list does', async (path) => {
    const eager = await read(await getResponse(handlers, request(path)));
    const lazy = await read(await getResponse(lazyHandlers, request(path)));
    expect(eager?.status).toBeGreaterThan(0);
    expect(lazy).toEqual(eager);
  });

  it('answers a refused write as the full list does, and leaves paths outside the API alone', async () => {
    const refused = () =>
      request(`/v1/customers/${adatum}/agreements`, { method: 'POST', body: { agreementType: 'Nope' } });
    const eager = await read(await getResponse(handlers, refused()));
    const lazy = await read(await getResponse(lazyHandlers, refused()));
    expect(eager?.status).toBe(400);
    expect(lazy).toEqual(eager);
    expect(await getResponse(lazyHandlers, request('/assets/index.js'))).toBeUndefined();
  });
});

describe('the natural latency counts from when the call set off', () => {
  afterEach(() => {
    setNaturalLatency([0, 0]);
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  async function answeredAfter(call: Request): Promise<number> {
    const sentAt = performance.now();
    let answeredAt: number | undefined;
    void getResponse(handlers, call).then(() => {
      answeredAt = performance.now();
    });
    while (answeredAt === undefined) await vi.advanceTimersByTimeAsync(10);
    return answeredAt - sentAt;
  }

  it('waits the whole latency for a call that arrives at its endpoint directly', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    setNaturalLatency([300, 300]);
    expect(await answeredAfter(request(`/v1/customers/${adatum}`))).toBe(300);
  });

  it('takes the time spent loading its domain out of the latency, never below zero', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    setNaturalLatency([300, 300]);
    const loadedIn100 = request(`/v1/customers/${adatum}`);
    noteArrival(loadedIn100, performance.now() - 100);
    expect(await answeredAfter(loadedIn100)).toBe(200);

    const loadedIn500 = request(`/v1/customers/${adatum}`);
    noteArrival(loadedIn500, performance.now() - 500);
    expect(await answeredAfter(loadedIn500)).toBe(0);
  });

  it('in the browser mock, counts from when the dispatcher received the call', async () => {
    // Loaded once beforehand, so the domain is ready at once and only the clock says it took 100 ms.
    await getResponse(lazyHandlers, request(`/v1/customers/${adatum}`));
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    setNaturalLatency([300, 300]);
    const clock = [1000, 1100];
    vi.spyOn(performance, 'now').mockImplementation(() => clock.shift() ?? 1100);
    let answered = false;
    void getResponse(lazyHandlers, request(`/v1/customers/${adatum}`)).then(() => {
      answered = true;
    });
    await vi.advanceTimersByTimeAsync(199);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(answered).toBe(true);
  });

  it('in the browser mock, counts a call that waited for the mock to start from when the app made it', async () => {
    await getResponse(lazyHandlers, request(`/v1/customers/${adatum}`));
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    setNaturalLatency([300, 300]);
    let openGate = () => {};
    holdApiCallsUntil(new Promise<void>((resolve) => (openGate = resolve)));
    const madeAt = performance.now();
    let answeredAt: number | undefined;
    const call = request(`/v1/customers/${adatum}`, { requestId: 'held-call' });
    void sendWhenReady(
      async () => (await getResponse(lazyHandlers, call)) ?? Response.error(),
      'held-call',
    ).then(() => {
      answeredAt = performance.now();
    });
    await vi.advanceTimersByTimeAsync(120);
    openGate();
    while (answeredAt === undefined) await vi.advanceTimersByTimeAsync(10);
    // 300 ms after the call was made, not 300 ms after the mock was ready (120 ms later).
    expect(answeredAt - madeAt).toBe(300);

    // A call made once the mock is ready waits the whole latency from then.
    const later = request(`/v1/customers/${adatum}`, { requestId: 'later-call' });
    const laterAt = performance.now();
    answeredAt = undefined;
    void sendWhenReady(
      async () => (await getResponse(lazyHandlers, later)) ?? Response.error(),
      'later-call',
    ).then(() => {
      answeredAt = performance.now();
    });
    while (answeredAt === undefined) await vi.advanceTimersByTimeAsync(10);
    expect(answeredAt - laterAt).toBe(300);
  });
});
