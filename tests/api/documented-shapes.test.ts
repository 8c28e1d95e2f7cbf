/**
 * The Subscription, Sku and Cart resources field by field against Partner Center's REST reference
 * (subscription-resources: the Subscription table; product-resources: the Sku table and its
 * dynamic attributes; create-a-cart: the response sample's links). Each table is transcribed here
 * as field → documented JSON type, and every answer is held to it.
 */
import { describe, expect, it } from 'vitest';
import { link, pc, seededCustomer } from './support';

const thames = seededCustomer('thamesanalytics'); // GB, nothing provisioned
const contoso = seededCustomer('contosooutdoor'); // US, Office 365 E3 + Teams Phone Standard

type JsonType = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'string[]';

/**
 * The Subscription table, less the fields the reference says appear only when they apply
 * (scheduledNextTermInstructions, nextChargeInstructions, promotionId, consumptionType,
 * productOrderId and lineItems of reservations and savings plans).
 */
const subscriptionFields: Record<string, JsonType> = {
  id: 'string',
  offerId: 'string',
  entitlementId: 'string',
  offerName: 'string',
  friendlyName: 'string',
  quantity: 'number',
  unitType: 'string',
  parentSubscriptionId: 'string',
  creationDate: 'string',
  effectiveStartDate: 'string',
  commitmentEndDate: 'string',
  commitmentEndDateTime: 'string',
  status: 'string',
  autoRenewEnabled: 'boolean',
  billingType: 'string',
  billingCycle: 'string',
  hasPurchasableAddons: 'boolean',
  isTrial: 'boolean',
  isMicrosoftProduct: 'boolean',
  publisherName: 'string',
  actions: 'string[]',
  partnerId: 'string',
  suspensionReasons: 'string[]',
  contractType: 'string',
  refundOptions: 'array',
  links: 'object',
  orderId: 'string',
  termDuration: 'string',
  attributes: 'object',
  renewalTermDuration: 'string',
  productType: 'object',
  cancellationAllowedUntilDate: 'string',
  billingCycleEndDate: 'string',
  billingCycleEndDateTime: 'string',
};

/** The Sku table, less consumptionType, specializedOfferProperties and minimumPurchaseCommitment (only where they apply). */
const skuFields: Record<string, JsonType> = {
  id: 'string',
  title: 'string',
  description: 'string',
  productId: 'string',
  minimumQuantity: 'number',
  maximumQuantity: 'number',
  isTrial: 'boolean',
  supportedBillingCycles: 'string[]',
  purchasePrerequisites: 'string[]',
  inventoryVariables: 'string[]',
  provisioningVariables: 'string[]',
  dynamicAttributes: 'object',
  links: 'object',
};

/** The new-commerce dynamic SKU attributes the reference lists. */
const dynamicSkuAttributes: Record<string, JsonType> = {
  hasConstraints: 'boolean',
  isAddon: 'boolean',
  prerequisiteSkus: 'string[]',
  upgradeTargetOffers: 'string[]',
  conversionInstructions: 'array',
};

function typeOf(value: unknown): JsonType | 'null' | 'undefined' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string') ? 'string[]' : 'array';
  return typeof value as JsonType;
}

/** `{ field: actual type }` for each documented field whose type differs, so a failure names them all. */
function mismatches(resource: Record<string, unknown>, fields: Record<string, JsonType>) {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([field, expected]) => {
      const actual = typeOf(resource[field]);
      const fits = actual === expected || (expected === 'array' && actual === 'string[]');
      return fits ? [] : [[field, actual]];
    }),
  );
}

const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

describe('the Subscription resource', () => {
  it('every subscription, in the list and by id, carries every documented field with its documented type', async () => {
    const list = await pc(`/v1/customers/${contoso}/subscriptions`);
    expect(list.body.items.length).toBeGreaterThan(1);
    for (const item of list.body.items) {
      expect(mismatches(item, subscriptionFields), item.offerName).toEqual({});
      const one = await pc(`/v1/customers/${contoso}/subscriptions/${item.id}`);
      expect(mismatches(one.body, subscriptionFields), item.offerName).toEqual({});
      expect(one.body.commitmentEndDateTime).toMatch(dateTime);
      expect(one.body.commitmentEndDateTime.slice(0, 10)).toBe(one.body.commitmentEndDate.slice(0, 10));
      expect(one.body.billingCycleEndDateTime).toMatch(dateTime);
      expect(one.body.billingCycleEndDate <= one.body.commitmentEndDate.slice(0, 10)).toBe(true);
      expect(one.body.actions.every((action: string) => ['edit', 'cancel'].includes(action))).toBe(true);
    }
  });

  it('an add-on names its base in parentSubscriptionId and links.parentSubscription; a base names none', async () => {
    const items = (await pc(`/v1/customers/${contoso}/subscriptions`)).body.items as Array<{
      id: string;
      offerName: string;
      parentSubscriptionId: string;
      links: Record<string, unknown>;
    }>;
    const base = items.find((s) => s.offerName.includes('E3'));
    const addon = items.find((s) => s.offerName.includes('Teams Phone'));
    expect(base && addon).toBeTruthy();
    expect(addon?.parentSubscriptionId).toBe(base?.id);
    expect(addon?.links.parentSubscription).toEqual(link(`/customers/${contoso}/subscriptions/${base?.id}`));
    expect(base?.parentSubscriptionId).toBe('');
    expect(base?.links.parentSubscription).toBeUndefined();
  });

  it('a subscription bought today may be edited and cancelled; its monthly billing period ends a month on', async () => {
    const products = await pc('/v1/products?country=GB&targetView=OnlineServices&expand=skus');
    const product = products.body.items.find((p: { skus?: Array<{ title: string }> }) =>
      p.skus?.some((s) => s.title === 'Microsoft 365 Business Basic'),
    );
    const sku = product.skus.find((s: { title: string }) => s.title === 'Microsoft 365 Business Basic');
    const availabilities = await pc(`/v1/products/${product.id}/skus/${sku.id}/availabilities?country=GB`);
    const annual = availabilities.body.items.find(
      (a: { terms: Array<{ duration: string }> }) => a.terms[0]?.duration === 'P1Y',
    );
    const cart = await pc(`/v1/customers/${thames}/carts`, {
      method: 'POST',
      body: {
        lineItems: [
          {
            id: 0,
            catalogItemId: annual.catalogItemId,
            quantity: 2,
            billingCycle: 'monthly',
            termDuration: 'P1Y',
          },
        ],
      },
    });
    expect(cart.status).toBe(201);
    const checkout = await pc(`/v1/customers/${thames}/carts/${cart.body.id}/checkout`, { method: 'POST' });
    expect(checkout.status).toBe(201);

    const bought = (await pc(`/v1/customers/${thames}/subscriptions`)).body.items.find(
      (s: { offerId: string }) => s.offerId === annual.catalogItemId,
    );
    expect(mismatches(bought, subscriptionFields)).toEqual({});
    expect(bought.actions).toEqual(['edit', 'cancel']);
    expect(bought.suspensionReasons).toEqual([]);
    expect(bought.entitlementId).toEqual(expect.any(String));
    const start = new Date(`${bought.effectiveStartDate.slice(0, 10)}T00:00:00Z`);
    const monthOn = new Date(
      Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate() - 1),
    );
    expect(bought.billingCycleEndDate).toBe(monthOn.toISOString().slice(0, 10));
    expect(bought.billingCycleEndDate < bought.commitmentEndDate.slice(0, 10)).toBe(true);
  });
});

describe('the Sku resource', () => {
  it('every SKU of a product carries every documented field and dynamic attribute with its documented type', async () => {
    const products = await pc('/v1/products?country=US&targetView=OnlineServices');
    expect(products.body.items.length).toBeGreaterThan(0);
    for (const product of products.body.items.slice(0, 5)) {
      const skus = await pc(`/v1/products/${product.id}/skus?country=US`);
      for (const sku of skus.body.items) {
        expect(mismatches(sku, skuFields), sku.title).toEqual({});
        expect(mismatches(sku.dynamicAttributes, dynamicSkuAttributes), sku.title).toEqual({});
        expect(sku.attributes).toEqual({ objectType: 'Sku' });
        const one = await pc(`/v1/products/${product.id}/skus/${sku.id}?country=US`);
        expect(mismatches(one.body.dynamicAttributes, dynamicSkuAttributes), sku.title).toEqual({});
      }
    }
  });
});

describe('the Cart resource', () => {
  it("links.self is the create-a-cart sample's /customers/{id}/carts/{cartId} (no /v1) on POST, GET and PUT", async () => {
    const products = await pc('/v1/products?country=GB&targetView=OnlineServices&expand=skus');
    const product = products.body.items.find((p: { skus?: Array<{ title: string }> }) =>
      p.skus?.some((s) => s.title === 'Microsoft 365 Business Basic'),
    );
    const sku = product.skus.find((s: { title: string }) => s.title === 'Microsoft 365 Business Basic');
    const availabilities = await pc(`/v1/products/${product.id}/skus/${sku.id}/availabilities?country=GB`);
    const catalogItemId = availabilities.body.items[0].catalogItemId;
    const line = { id: 0, catalogItemId, quantity: 1, billingCycle: 'monthly' };

    const created = await pc(`/v1/customers/${thames}/carts`, {
      method: 'POST',
      body: { lineItems: [line] },
    });
    const self = link(`/customers/${thames}/carts/${created.body.id}`);
    expect(created.body.links).toEqual({ self });
    const got = await pc(`/v1/customers/${thames}/carts/${created.body.id}`);
    expect(got.body.links).toEqual({ self });
    const updated = await pc(`/v1/customers/${thames}/carts/${created.body.id}`, {
      method: 'PUT',
      body: { ...created.body, lineItems: [{ ...line, quantity: 2 }] },
    });
    expect(updated.body.links).toEqual({ self });
  });
});
