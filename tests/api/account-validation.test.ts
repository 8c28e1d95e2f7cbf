/**
 * A customer's account validation status and the purchases it blocks, from Partner Center's
 * "Retrieve the validation status of a customer" samples, and the customer-scoped catalog
 * ("Get a list of products / SKUs / availabilities (by customer)").
 */
import { describe, expect, it } from 'vitest';
import { expectPcError, link, pc, seededCustomer } from './support';

const contoso = seededCustomer('contosooutdoor'); // US, Allowed
const maple = seededCustomer('mapleleafrobotics'); // CA, UnderReview
const ipanema = seededCustomer('ipanemapag'); // BR, NotAllowed
const thames = seededCustomer('thamesanalytics'); // GB, no status

const utcWithoutZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

describe('GET /v1/customers/{id}/validationStatus?type=account', () => {
  it.each([
    [contoso, 'Allowed'],
    [maple, 'UnderReview'],
    [ipanema, 'NotAllowed'],
  ])('answers the status of %s as documented (%s)', async (customerId, status) => {
    const res = await pc(`/v1/customers/${customerId}/validationStatus?type=account`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      type: 'account',
      status,
      lastUpdateDateTime: expect.stringMatching(utcWithoutZone),
    });
  });

  it('answers 404 / 600074 AccountStatusNotFound with the extended error body for a customer without status', async () => {
    const res = await pc(`/v1/customers/${thames}/validationStatus?type=account`);
    expectPcError(res, 404, 600074);
    const text = `Account Status for the customer, ${thames} was not found.`;
    expect(res.body).toEqual(
      expect.objectContaining({
        message: text,
        description: text,
        errorName: 'AccountStatusNotFound',
        isRetryable: false,
        errorMessageExtended: 'InternalErrorCode=600074',
      }),
    );
  });

  it('refuses a missing or unknown validation type, and an unknown customer', async () => {
    expectPcError(await pc(`/v1/customers/${contoso}/validationStatus`), 400, 800002);
    expectPcError(await pc(`/v1/customers/${contoso}/validationStatus?type=tax`), 400, 800002);
    expectPcError(await pc('/v1/customers/no-such-customer/validationStatus?type=account'), 404, 60003);
  });
});

/** A one-line cart of the market's first purchasable monthly item, created through the documented walk. */
async function cartFor(customerId: string, country: string): Promise<string> {
  const products = await pc(`/v1/products?country=${country}&targetView=OnlineServices&expand=skus`);
  const base = products.body.items
    .flatMap((product: { skus?: Array<{ dynamicAttributes?: { isAddon?: boolean } }> }) => product.skus ?? [])
    .find((sku: { dynamicAttributes?: { isAddon?: boolean } }) => !sku.dynamicAttributes?.isAddon);
  const availability = base.availabilities.find((a: { terms: Array<{ duration: string }> }) =>
    a.terms.some((term) => term.duration === 'P1M'),
  );
  const cart = await pc(`/v1/customers/${customerId}/carts`, {
    method: 'POST',
    body: {
      lineItems: [{ id: 0, catalogItemId: availability.catalogItemId, quantity: 1, billingCycle: 'monthly' }],
    },
  });
  expect(cart.status).toBe(201);
  return cart.body.id;
}

describe('checkout while the account validation blocks transactions', () => {
  it('refuses an account under review with 403 / 800073 and keeps the cart', async () => {
    const cartId = await cartFor(maple, 'CA');
    const res = await pc(`/v1/customers/${maple}/carts/${cartId}/checkout`, { method: 'POST' });
    expectPcError(res, 403, 800073);
    const cart = await pc(`/v1/customers/${maple}/carts/${cartId}`);
    expect(cart.body.status).toBe('Active');
  });

  it('refuses an account that was not approved with 403 / 800075', async () => {
    const cartId = await cartFor(ipanema, 'BR');
    expectPcError(
      await pc(`/v1/customers/${ipanema}/carts/${cartId}/checkout`, { method: 'POST' }),
      403,
      800075,
    );
  });

  it('lets a customer without a status and an Allowed customer buy', async () => {
    for (const [customerId, country] of [
      [thames, 'GB'],
      [contoso, 'US'],
    ] as const) {
      const cartId = await cartFor(customerId, country);
      const res = await pc(`/v1/customers/${customerId}/carts/${cartId}/checkout`, { method: 'POST' });
      expect(res.status).toBe(201);
    }
  });
});

describe('the customer-scoped catalog', () => {
  it('GET /v1/customers/{id}/products?targetView= answers the products of the customer’s country', async () => {
    for (const [customerId, country] of [
      [contoso, 'US'],
      [maple, 'CA'],
    ] as const) {
      const path = `/v1/customers/${customerId}/products?targetView=OnlineServices`;
      const scoped = await pc(path);
      const market = await pc(`/v1/products?country=${country}&targetView=OnlineServices`);
      expect(scoped.status).toBe(200);
      expect(scoped.body.attributes).toEqual({ objectType: 'Collection' });
      expect(scoped.body.links.self).toEqual(link(path));
      expect(scoped.body.totalCount).toBeGreaterThan(0);
      expect(scoped.body.items).toEqual(market.body.items);
    }
  });

  it('its SKUs and availabilities are the market’s, for the customer’s country', async () => {
    const market = await pc('/v1/products?country=CA&targetView=OnlineServices&expand=skus');
    const product = market.body.items[0];
    const sku = product.skus[0];
    const skus = await pc(`/v1/customers/${maple}/products/${product.id}/skus`);
    expect(skus.status).toBe(200);
    expect(skus.body.items).toEqual((await pc(`/v1/products/${product.id}/skus?country=CA`)).body.items);
    const path = `/v1/customers/${maple}/products/${product.id}/skus/${sku.id}/availabilities`;
    const availabilities = await pc(path);
    expect(availabilities.status).toBe(200);
    expect(availabilities.body.links.self).toEqual(link(path));
    expect(availabilities.body.items).toEqual(
      (await pc(`/v1/products/${product.id}/skus/${sku.id}/availabilities?country=CA`)).body.items,
    );
  });

  it('a product, a SKU and an availability by ID are the market’s, for the customer’s country', async () => {
    const market = await pc('/v1/products?country=CA&targetView=OnlineServices&expand=skus');
    const product = market.body.items[0];
    const sku = product.skus[0];
    const availability = sku.availabilities[0];
    const scoped = `/v1/customers/${maple}/products/${product.id}`;
    const unscoped = `/v1/products/${product.id}`;
    const pairs: Array<[string, string]> = [
      [scoped, unscoped],
      [`${scoped}/skus/${sku.id}`, `${unscoped}/skus/${sku.id}`],
      [
        `${scoped}/skus/${sku.id}/availabilities/${availability.id}`,
        `${unscoped}/skus/${sku.id}/availabilities/${availability.id}`,
      ],
    ];
    for (const [customerPath, marketPath] of pairs) {
      const answer = await pc(customerPath);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual((await pc(`${marketPath}?country=CA`)).body);
    }
    expect((await pc(scoped)).body).toEqual(
      expect.objectContaining({ id: product.id, attributes: { objectType: 'Product' } }),
    );
  });

  it('by ID, answers 404 for an unknown product, SKU, availability or customer', async () => {
    const market = await pc('/v1/products?country=CA&targetView=OnlineServices&expand=skus');
    const [product] = market.body.items;
    expectPcError(await pc(`/v1/customers/${maple}/products/NOPE00000000`), 404, 400013);
    expectPcError(await pc(`/v1/customers/${maple}/products/${product.id}/skus/9999`), 404, 400018);
    expectPcError(
      await pc(
        `/v1/customers/${maple}/products/${product.id}/skus/${product.skus[0].id}/availabilities/NOPE`,
      ),
      404,
      400019,
    );
    expectPcError(await pc(`/v1/customers/no-such-customer/products/${product.id}`), 404, 60003);
  });

  it('requires a target view, refuses one that is not allowed, and answers 404 for an unknown customer', async () => {
    expectPcError(await pc(`/v1/customers/${contoso}/products`), 400, 800002);
    expectPcError(await pc(`/v1/customers/${contoso}/products?targetView=Nonsense`), 403, 400036);
    expectPcError(await pc('/v1/customers/no-such-customer/products?targetView=OnlineServices'), 404, 60003);
  });
});
