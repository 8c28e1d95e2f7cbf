import { afterEach, describe, expect, it } from 'vitest';
import { api, apiRequest, type Collection } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import type { Cart, CartCheckoutResult, Product, Subscription } from '@/lib/api-types/catalog';
import { setNow } from '@/lib/clock';
import { getDb } from '@/mocks/db/database';
import { seededGuid } from '@/mocks/db/seed-ids';

const customer = (prefix: string) => seededGuid(`customer:${prefix}`);
const thames = customer('thamesanalytics'); // GB, nothing provisioned
const northwind = customer('northwindtraders'); // US, Business Premium from another partner
const contoso = customer('contosooutdoor'); // US, E3 + Teams Phone from this partner

afterEach(() => setNow(undefined));

async function catalogItemId(country: string, skuTitle: string, term = 'P1M'): Promise<string> {
  const products = await api.get<Collection<Product>>('/v1/products', { query: { country, expand: 'skus' } });
  const sku = products.items.flatMap((p) => p.skus ?? []).find((s) => s.title === skuTitle);
  const availability = sku?.availabilities?.find((a) => a.terms[0]?.duration === term);
  if (!availability) throw new Error(`no ${skuTitle} ${term} in ${country}`);
  return availability.catalogItemId;
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the request succeeded');
}

describe('cart API: add-ons need a provisioned base', () => {
  it('puts 400041 on the add-on line for a customer without a compatible base, and refuses checkout', async () => {
    const addon = await catalogItemId('GB', 'Microsoft 365 Business Voice (without calling plan)');
    const cart = await api.post<Cart>(`/v1/customers/${thames}/carts`, {
      LineItems: [{ Id: 0, CatalogItemId: addon, Quantity: 5, BillingCycle: 'Monthly', TermDuration: 'P1M' }],
    });
    expect(cart.status).toBe('Active');
    expect(cart.lineItems[0]?.error).toEqual({
      errorCode: 400041,
      errorDescription: 'The addon is not purchasable without a compatible base product.',
    });

    const error = await rejection(api.post(`/v1/customers/${thames}/carts/${cart.id}/checkout`));
    expect(error.status).toBe(400);
    expect(error.hasCode(800009)).toBe(true);
  });

  it('accepts the add-on when the base came from another partner; a second checkout buys nothing more', async () => {
    const addon = await catalogItemId('US', 'Microsoft 365 Business Voice');
    const cart = await api.post<Cart>(`/v1/customers/${northwind}/carts`, {
      lineItems: [
        { id: 0, catalogItemId: addon, quantity: 10, billingCycle: 'monthly', termDuration: 'P1M' },
      ],
    });
    expect(cart.lineItems[0]?.error).toBeUndefined();
    const result = await api.post<CartCheckoutResult>(`/v1/customers/${northwind}/carts/${cart.id}/checkout`);
    const subscriptionId = result.orders[0]?.lineItems[0]?.subscriptionId;
    expect(subscriptionId).toBeTruthy();
    const subscription = await api.get<Subscription>(
      `/v1/customers/${northwind}/subscriptions/${subscriptionId}`,
    );
    expect(subscription).toMatchObject({
      offerName: 'Microsoft 365 Business Voice',
      quantity: 10,
      termDuration: 'P1M',
    });

    // Checkout is idempotent: asked again, it answers the same order and creates no subscription.
    const countBefore = (await api.get<Collection<Subscription>>(`/v1/customers/${northwind}/subscriptions`))
      .items.length;
    const again = await api.post<CartCheckoutResult>(`/v1/customers/${northwind}/carts/${cart.id}/checkout`);
    expect(again.orders).toEqual(result.orders);
    const countAfter = (await api.get<Collection<Subscription>>(`/v1/customers/${northwind}/subscriptions`))
      .items.length;
    expect(countAfter).toBe(countBefore);
  });

  it('counts a base bought in the same cart', async () => {
    const base = await catalogItemId('GB', 'Microsoft 365 Business Basic');
    const addon = await catalogItemId('GB', 'Microsoft 365 Business Voice (without calling plan)');
    const cart = await api.post<Cart>(`/v1/customers/${thames}/carts`, {
      lineItems: [
        { id: 0, catalogItemId: base, quantity: 5, billingCycle: 'monthly' },
        { id: 1, catalogItemId: addon, quantity: 5, billingCycle: 'monthly' },
      ],
    });
    expect(cart.lineItems.map((line) => line.error)).toEqual([undefined, undefined]);
  });
});

describe('subscription API: the 168-hour window', () => {
  async function buyTeamsPhone(at: string): Promise<Subscription> {
    setNow(at);
    const addon = await catalogItemId('US', 'Teams Phone Standard', 'P1Y');
    const cart = await api.post<Cart>(`/v1/customers/${contoso}/carts`, {
      lineItems: [{ id: 0, catalogItemId: addon, quantity: 10, billingCycle: 'monthly' }],
    });
    const result = await api.post<CartCheckoutResult>(`/v1/customers/${contoso}/carts/${cart.id}/checkout`);
    return api.get<Subscription>(
      `/v1/customers/${contoso}/subscriptions/${result.orders[0]?.lineItems[0]?.subscriptionId}`,
    );
  }

  it('refuses a cancellation after 168 hours with 900213, and allows one inside the window', async () => {
    const late = await buyTeamsPhone('2026-11-01T10:00:00Z');
    expect(late.cancellationAllowedUntilDate).toBe('2026-11-08T10:00:00.000Z');
    setNow('2026-11-08T10:00:01Z');
    const error = await rejection(
      api.patch(`/v1/customers/${contoso}/subscriptions/${late.id}`, { ...late, status: 'deleted' }),
    );
    expect(error.status).toBe(400);
    expect(error.hasCode(900213)).toBe(true);
    expect(error.description).toContain('168-hour cancellation window');

    const early = await buyTeamsPhone('2026-11-01T10:00:00Z');
    setNow('2026-11-07T09:00:00Z');
    const cancelled = await api.patch<Subscription>(`/v1/customers/${contoso}/subscriptions/${early.id}`, {
      status: 'deleted',
    });
    expect(cancelled.status).toBe('deleted');
  });

  it('always allows more seats, but refuses a late reduction with 900214', async () => {
    const bought = await buyTeamsPhone('2026-11-01T10:00:00Z');
    setNow('2026-11-20T10:00:00Z');
    const { data: more, etag } = await apiRequest<Subscription>(
      `/v1/customers/${contoso}/subscriptions/${bought.id}`,
      {
        method: 'PATCH',
        body: { quantity: 15 },
      },
    );
    expect(more.quantity).toBe(15);
    expect(more.refundableQuantity?.totalQuantity).toBe(5);

    // The five new seats can go; the original ten are past their window.
    const fewer = await api.patch<Subscription>(
      `/v1/customers/${contoso}/subscriptions/${bought.id}`,
      { quantity: 10 },
      { ifMatch: etag },
    );
    expect(fewer.quantity).toBe(10);
    const error = await rejection(
      api.patch(`/v1/customers/${contoso}/subscriptions/${bought.id}`, { quantity: 9 }),
    );
    expect(error.hasCode(900214)).toBe(true);
  });
});

describe('commerce API: the enhanced-screening refusal', () => {
  const steppe = customer('steppemining'); // KZ, INN and phone on file
  const bengaluru = customer('bengalurucloud'); // IN (2021 list), INN and phone missing

  /**
   * The billing PUT refuses a screening-country profile without a phone, so the record is broken
   * the way a customer created before the rule would be: straight in the mock's database.
   */
  function dropPhone(customerId: string) {
    const address = getDb().customers.find((c) => c.id === customerId)?.billingProfile?.defaultAddress;
    if (!address) throw new Error('no billing address');
    delete address.phoneNumber;
  }

  it('refuses a cart for a customer missing the INN with 600049, naming every missing field', async () => {
    const base = await catalogItemId('IN', 'Office 365 E3');
    const error = await rejection(
      api.post(`/v1/customers/${bengaluru}/carts`, {
        lineItems: [
          { id: 0, catalogItemId: base, quantity: 5, billingCycle: 'monthly', termDuration: 'P1M' },
        ],
      }),
    );
    expect(error.status).toBe(400);
    expect(error.hasCode(600049)).toBe(true);
    expect(error.fieldErrors().map((detail) => detail.field)).toEqual([
      'companyProfile.organizationRegistrationNumber',
      'billingProfile.defaultAddress.phoneNumber',
    ]);
  });

  it('refuses checkout and subscription changes once the phone is missing (600051)', async () => {
    const base = await catalogItemId('KZ', 'Office 365 E3');
    const line = { id: 0, catalogItemId: base, quantity: 5, billingCycle: 'monthly', termDuration: 'P1M' };
    const bought = await api.post<Cart>(`/v1/customers/${steppe}/carts`, { lineItems: [line] });
    const result = await api.post<CartCheckoutResult>(`/v1/customers/${steppe}/carts/${bought.id}/checkout`);
    const subscriptionId = result.orders[0]?.lineItems[0]?.subscriptionId ?? '';
    const pending = await api.post<Cart>(`/v1/customers/${steppe}/carts`, { lineItems: [line] });

    dropPhone(steppe);

    const checkout = await rejection(api.post(`/v1/customers/${steppe}/carts/${pending.id}/checkout`));
    expect(checkout.status).toBe(400);
    expect(checkout.hasCode(600051)).toBe(true);
    const change = await rejection(
      api.patch(`/v1/customers/${steppe}/subscriptions/${subscriptionId}`, { quantity: 6 }),
    );
    expect(change.status).toBe(400);
    expect(change.hasCode(600051)).toBe(true);
  });
});
