import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demoTokenFor } from '@/lib/session';
import { seededGuid } from '@/mocks/db/seed-ids';
import { handlers } from '@/mocks/handlers';
import { domainOf, lazyHandlers } from '@/mocks/lazy-handlers';

const adatum = seededGuid('customer:adatumedu');

function request(path: string, init: { method?: string; body?: unknown } = {}): Request {
  return new Request(`http://localhost${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Accept: 'application/json',
      Authorization: `Bearer ${demoTokenFor('user-ana-global-admin')}`,
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
    expect(domainOf('/v1/agreements')).toBe('compliance');
    expect(domainOf(`/v1/customers/${adatum}`)).toBe('core');
    expect(domainOf('/v1/customers')).toBe('core');
    expect(domainOf('/v1/announcementsx')).toBe('core');
  });

  it.each([
    ['/v1/customers?size=5'],
    [`/v1/customers/${adatum}`],
    [`/v1/customers/${adatum}/subscriptions`],
    [`/v1/customers/${adatum}/qualifications`],
    ['/v1/agreements'],
    ['/v1/announcements?locale=fr-FR'],
    ['/v1/products?country=US&targetView=OnlineServicesNCE'],
    ['/v1/users'],
    ['/v1/countryvalidationrules/KZ'],
    ['/v1/customers/not-a-customer/subscriptions'],
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
