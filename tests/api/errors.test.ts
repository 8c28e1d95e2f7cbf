/**
 * Every error the mock answers has Partner Center's body (`code`, `description`, `source`), per
 * error-codes.md; 401s also carry `WWW-Authenticate`; 429s keep the documented throttling body.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { routeTable } from '@/mocks/http';
import { expectPcError, pc, seededCustomer } from './support';

const contoso = seededCustomer('contosooutdoor');
const id = '00000000-0000-0000-0000-000000000001';

/** Every endpoint the mock serves (paths with placeholder ids: authentication comes first). */
const endpoints: Array<[string, string]> = [
  ['GET', '/v1/me'],
  ['GET', '/v1/users'],
  ['GET', `/v1/users/${id}`],
  ['POST', '/v1/users'],
  ['PATCH', `/v1/users/${id}`],
  ['DELETE', `/v1/users/${id}`],
  ['GET', '/v1/roles'],
  ['GET', '/v1/demo/users'],
  ['GET', '/v1/customers'],
  ['POST', '/v1/customers'],
  ['GET', `/v1/customers/${id}`],
  ['GET', `/v1/customers/${id}/profiles/company`],
  ['PUT', `/v1/customers/${id}/profiles/company`],
  ['GET', `/v1/customers/${id}/profiles/billing`],
  ['PUT', `/v1/customers/${id}/profiles/billing`],
  ['GET', '/v1/countryvalidationrules'],
  ['GET', '/v1/countryvalidationrules/KZ'],
  ['HEAD', '/v1/domains/contoso.onmicrosoft.com'],
  ['POST', '/v1/validations/address'],
  ['GET', '/v1/products?country=US'],
  ['GET', '/v1/products/P?country=US'],
  ['GET', '/v1/products/P/skus?country=US'],
  ['GET', '/v1/products/P/skus/S?country=US'],
  ['GET', '/v1/products/P/skus/S/availabilities?country=US'],
  ['GET', '/v1/products/P/skus/S/availabilities/A?country=US'],
  ['GET', '/v1/productPromotions?country=US'],
  ['GET', '/v1/productPromotions/P?country=US'],
  ['GET', `/v1/customers/${id}/subscribedskus`],
  ['POST', `/v1/customers/${id}/promotionEligibilities`],
  ['POST', `/v1/customers/${id}/carts`],
  ['GET', `/v1/customers/${id}/carts/${id}`],
  ['PUT', `/v1/customers/${id}/carts/${id}`],
  ['POST', `/v1/customers/${id}/carts/${id}/checkout`],
  ['GET', `/v1/customers/${id}/orders`],
  ['GET', `/v1/customers/${id}/orders/${id}`],
  ['GET', `/v1/customers/${id}/orders/${id}/provisioningstatus`],
  ['GET', `/v1/customers/${id}/subscriptions`],
  ['GET', `/v1/customers/${id}/subscriptions/customTermEndDates?term_duration=P1M`],
  ['GET', `/v1/customers/${id}/subscriptions/${id}`],
  ['PATCH', `/v1/customers/${id}/subscriptions/${id}`],
  ['GET', `/v1/customers/${id}/subscriptions/${id}/addons`],
  ['GET', `/v1/customers/${id}/subscriptions/${id}/provisioningstatus`],
  ['GET', `/v1/customers/${id}/subscriptions/${id}/transitionEligibilities`],
  ['POST', `/v1/customers/${id}/subscriptions/${id}/transitions`],
  ['GET', `/v1/customers/${id}/subscriptions/${id}/transitions`],
  ['GET', '/v1/agreements'],
  ['GET', '/v1/agreementtemplates/117a77b0-9360-443b-8795-c6dedc750cf9/document'],
  ['GET', `/v1/customers/${id}/agreements`],
  ['POST', `/v1/customers/${id}/agreements`],
  ['GET', `/v1/customers/${id}/directSignedMicrosoftCustomerAgreementStatus`],
  ['GET', '/v1/customers/all/validations'],
  ['GET', `/v1/customers/${id}/qualifications`],
  ['POST', `/v1/customers/${id}/qualifications`],
  ['GET', `/v1/customers/${id}/validationStatus?type=account`],
  ['GET', `/v1/customers/${id}/products?targetView=OnlineServices`],
  ['GET', `/v1/customers/${id}/products/P`],
  ['GET', `/v1/customers/${id}/products/P/skus`],
  ['GET', `/v1/customers/${id}/products/P/skus/S`],
  ['GET', `/v1/customers/${id}/products/P/skus/S/availabilities`],
  ['GET', `/v1/customers/${id}/products/P/skus/S/availabilities/A`],
  ['GET', '/v1/auditrecords'],
  ['GET', '/v1/announcements/2020-11/enhanced-customer-screening/impact'],
  ['GET', '/v1/profiles/legalbusiness'],
  ['GET', '/v1/profiles/organization'],
  ['PUT', '/v1/profiles/organization'],
  ['GET', '/v1/profiles/mpn'],
  ['GET', '/v1/profiles/billing'],
  ['PUT', '/v1/profiles/billing'],
  ['GET', '/v1/profiles/support'],
  ['PUT', '/v1/profiles/support'],
  ['PUT', '/v1/profiles/supportprofile'],
  ['PUT', '/v1/profiles/legalbusiness'],
  ['GET', '/v1/profiles/partner'],
  ['PUT', '/v1/profiles/partner'],
  ['GET', '/v1/profiles/locations'],
  ['POST', '/v1/profiles/locations'],
  ['PUT', `/v1/profiles/locations/${id}`],
  ['DELETE', `/v1/profiles/locations/${id}`],
  ['GET', '/v1/profiles/identifiers'],
  ['GET', '/v1/tenants'],
  ['POST', '/v1/tenants'],
  ['DELETE', `/v1/tenants/${id}`],
  ['GET', '/v1/groups'],
  ['POST', '/v1/groups'],
  ['GET', `/v1/groups/${id}`],
  ['GET', `/v1/groups/${id}/members`],
  ['POST', `/v1/groups/${id}/members`],
  ['DELETE', `/v1/groups/${id}/members/${id}`],
  ['GET', '/v1/applications'],
  ['POST', '/v1/applications'],
  ['DELETE', `/v1/applications/${id}`],
  ['GET', '/v1/announcements'],
  ['GET', '/v1/announcements/months'],
  ['GET', '/v1/announcements/categories'],
  ['POST', '/v1/announcements/reads'],
];

const withBody = (method: string) =>
  method === 'GET' || method === 'HEAD' || method === 'DELETE' ? {} : { body: {} };
// A HEAD answer never has a body, its errors included.
const withoutHead = endpoints.filter(([method]) => method !== 'HEAD');
const headOnly = endpoints.filter(([method]) => method === 'HEAD');

describe('authentication', () => {
  it.each(withoutHead)(
    '%s %s without a token: 401, WWW-Authenticate and the error body',
    async (method, path) => {
      const res = await pc(path, { method, user: null, ...withBody(method) });
      expectPcError(res, 401, 800001);
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^OAuth realm=/);
    },
  );

  it('a demo token names its user; an unknown demo user or an empty bearer: 401', async () => {
    const asDeveloper = await pc('/v1/customers', { user: 'user-finn-developer' });
    expectPcError(asDeveloper, 403);
    for (const authorization of ['Bearer demo.nobody', 'Bearer ', 'Basic dXNlcjpwYXNz']) {
      const res = await pc('/v1/customers', { user: null, headers: { Authorization: authorization } });
      expectPcError(res, 401, 800001);
    }
  });

  it('any other bearer token (a documented request, an SDK) is answered as the default Global admin', async () => {
    for (const token of ['<token>', 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.e30.c2ln']) {
      const res = await pc('/v1/customers?size=1', {
        user: null,
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(1);
      const me = await pc('/v1/me', { user: null, headers: { Authorization: `Bearer ${token}` } });
      expect(me.body.user.id).toBe('user-ana-global-admin');
    }
  });

  it.each(headOnly)('%s %s without a token: 401 and WWW-Authenticate, no body', async (method, path) => {
    const res = await pc(path, { method, user: null });
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^OAuth realm=/);
    expect(res.body).toBeUndefined();
  });
});

describe('the endpoint list above', () => {
  it('names every route the mock serves, so each one is checked', () => {
    const listed = endpoints.map(([method, path]) => [method, path.split('?')[0] ?? ''] as const);
    // `/v1/_…` are the mock's control endpoints and routes tests declare for themselves.
    const unlisted = routeTable
      .filter((route) => !route.path.startsWith('/v1/_'))
      .filter((route) => {
        const pattern = new RegExp(`^${route.path.replace(/:[A-Za-z0-9]+/g, '[^/]+')}$`);
        return !listed.some(([method, path]) => method === route.method.toUpperCase() && pattern.test(path));
      })
      .map((route) => `${route.method.toUpperCase()} ${route.path}`);
    expect(routeTable.length).toBeGreaterThan(60);
    expect(unlisted).toEqual([]);
  });
});

describe('requests no handler can take', () => {
  it('an unknown route: 404 with the error body', async () => {
    const res = await pc('/v1/no-such-resource');
    expectPcError(res, 404, 1000);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('malformed JSON: 400 with the error body, nothing created', async () => {
    const before = (await pc('/v1/customers?size=1')).body.totalCount;
    const res = await pc('/v1/customers', { method: 'POST', rawBody: '{"companyProfile": {' });
    expectPcError(res, 400, 800002);
    expect((await pc('/v1/customers?size=1')).body.totalCount).toBe(before);
  });

  it('a body over 1 MiB: 413 with the error body', async () => {
    const res = await pc(`/v1/customers/${contoso}/carts`, {
      method: 'POST',
      rawBody: JSON.stringify({ lineItems: [], padding: 'x'.repeat(1024 * 1024) }),
    });
    expectPcError(res, 413, 800002);
  });
});

describe('fault scenarios', () => {
  afterEach(async () => {
    await pc('/v1/_mock/faults', { method: 'PUT', body: { throttling: false, serverErrors: false } });
  });

  it('429 keeps the documented statusCode/message and Retry-After, and adds code/description/source', async () => {
    await pc('/v1/_mock/faults', { method: 'PUT', body: { throttling: true, retryAfterSeconds: 30 } });
    const res = await pc(`/v1/customers/${contoso}/subscriptions`);
    expectPcError(res, 429, 429);
    expect(res.body).toEqual(
      expect.objectContaining({ statusCode: 429, message: expect.stringMatching(/Rate limit is exceeded/) }),
    );
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0);
  });

  it('500 answers 800003 with the error body', async () => {
    await pc('/v1/_mock/faults', { method: 'PUT', body: { serverErrors: true } });
    expectPcError(await pc('/v1/customers'), 500, 800003);
  });
});

describe('roles', () => {
  it('a write the role does not allow: 403 with the error body', async () => {
    const res = await pc('/v1/customers', { method: 'POST', body: {}, user: 'user-devon-sales-agent' });
    expectPcError(res, 403, 900308);
  });
});
