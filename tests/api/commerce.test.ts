/**
 * Catalog, carts, orders and subscriptions, checked against the samples of Partner Center's REST
 * reference (get-a-list-of-products, get-a-sku-by-id, get-an-availability-by-id, create-a-cart,
 * update-a-cart, checkout-a-cart, get-all-of-a-customer-s-subscriptions, get-a-subscription-by-id,
 * get-a-list-of-add-ons-for-a-subscription, change-the-quantity-of-a-subscription).
 */
import { describe, expect, it } from 'vitest';
import { expectPcError, link, pc, seededCustomer } from './support';

const thames = seededCustomer('thamesanalytics'); // GB, nothing provisioned
const contoso = seededCustomer('contosooutdoor'); // US, Office 365 E3 + Teams Phone Standard
const bengaluru = seededCustomer('bengalurucloud'); // IN
const ipanema = seededCustomer('ipanemapag'); // BR, Business Standard with seats added later

interface Found {
  productId: string;
  skuId: string;
  catalogItemId: string;
}

/** The catalog item of a SKU by title, through the documented product → sku → availability walk. */
async function catalogItem(country: string, skuTitle: string, term = 'P1M'): Promise<Found> {
  const products = await pc(`/v1/products?country=${country}&targetView=OnlineServices&expand=skus`);
  for (const product of products.body.items) {
    const sku = (product.skus ?? []).find((s: { title: string }) => s.title === skuTitle);
    if (!sku) continue;
    const availabilities = await pc(
      `/v1/products/${product.id}/skus/${sku.id}/availabilities?country=${country}`,
    );
    const availability = availabilities.body.items.find(
      (a: { terms: Array<{ duration: string }> }) => a.terms[0]?.duration === term,
    );
    if (availability)
      return { productId: product.id, skuId: sku.id, catalogItemId: availability.catalogItemId };
  }
  throw new Error(`no ${skuTitle} ${term} in ${country}`);
}

describe('catalog', () => {
  it('GET /v1/products: a Collection of Products with their links', async () => {
    const res = await pc('/v1/products?country=US&targetView=OnlineServices');
    expect(res.status).toBe(200);
    expect(res.body.links.self).toEqual(link('/v1/products?country=US&targetView=OnlineServices'));
    const product = res.body.items[0];
    expect(product).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        title: expect.any(String),
        description: expect.any(String),
        productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
        isMicrosoftProduct: expect.any(Boolean),
        links: {
          skus: link(`/products/${product.id}/skus?country=US`),
          self: link(`/products/${product.id}?country=US`),
        },
      }),
    );
  });

  it('GET /v1/products/{id} and its skus: the Product, then a Collection of Skus', async () => {
    const { productId, skuId } = await catalogItem('US', 'Microsoft 365 E3');
    const product = await pc(`/v1/products/${productId}?country=US`);
    expect(product.status).toBe(200);
    expect(product.body.id).toBe(productId);

    const skus = await pc(`/v1/products/${productId}/skus?country=US`);
    expect(skus.status).toBe(200);
    expect(skus.body.links.self).toEqual(link(`/v1/products/${productId}/skus?country=US`));
    const sku = await pc(`/v1/products/${productId}/skus/${skuId}?country=US`);
    expect(sku.body).toEqual(
      expect.objectContaining({
        id: skuId,
        productId,
        minimumQuantity: expect.any(Number),
        maximumQuantity: expect.any(Number),
        isTrial: false,
        supportedBillingCycles: expect.arrayContaining(['monthly']),
        purchasePrerequisites: expect.any(Array),
        inventoryVariables: expect.any(Array),
        provisioningVariables: expect.any(Array),
        dynamicAttributes: expect.objectContaining({ isAddon: false, prerequisiteSkus: [] }),
        links: {
          availabilities: link(`/products/${productId}/skus/${skuId}/availabilities?country=US`),
          self: link(`/products/${productId}/skus/${skuId}?country=US`),
        },
      }),
    );
  });

  it('availabilities carry one term per billing cycle, renewal instructions, and their product and sku', async () => {
    const { productId, skuId } = await catalogItem('US', 'Microsoft 365 E3', 'P1Y');
    const list = await pc(`/v1/products/${productId}/skus/${skuId}/availabilities?country=US`);
    expect(list.status).toBe(200);
    const annual = list.body.items.find(
      (a: { terms: Array<{ duration: string }> }) => a.terms[0]?.duration === 'P1Y',
    );
    const res = await pc(`/v1/products/${productId}/skus/${skuId}/availabilities/${annual.id}?country=US`);
    expect(res.status).toBe(200);
    const availability = res.body;
    expect(availability).toEqual(
      expect.objectContaining({
        id: annual.id,
        productId,
        skuId,
        catalogItemId: `${productId}:${skuId}:${annual.id}`,
        defaultCurrency: { code: 'USD', symbol: '$' },
        segment: 'commercial',
        country: 'US',
        isPurchasable: true,
        isRenewable: true,
        product: expect.objectContaining({ id: productId }),
        sku: expect.objectContaining({ id: skuId }),
        links: { self: link(`/products/${productId}/skus/${skuId}/availabilities/${annual.id}?country=US`) },
      }),
    );
    expect(availability.terms.map((t: { billingCycle: string }) => t.billingCycle).sort()).toEqual([
      'Annual',
      'Monthly',
    ]);
    for (const term of availability.terms) {
      expect(term).toEqual({
        id: expect.any(String),
        duration: 'P1Y',
        description: expect.any(String),
        billingCycle: expect.any(String),
        cancellationPolicies: [
          { refundOptions: expect.arrayContaining([{ sequenceId: 0, type: 'Full', expiresAfter: 'P1D' }]) },
        ],
      });
    }
    expect(availability.renewalInstructions).toEqual([
      {
        applicableTermIds: availability.terms.map((t: { id: string }) => t.id),
        renewalOptions: [{ renewToId: `${productId}:${skuId}`, isAutoRenewable: true }],
      },
    ]);
  });

  it('answers 404 with Partner Center bodies for an unknown product, SKU and availability', async () => {
    const { productId, skuId } = await catalogItem('US', 'Microsoft 365 E3');
    expectPcError(await pc('/v1/products/NOPE00000000?country=US'), 404, 400013);
    expectPcError(await pc(`/v1/products/${productId}/skus/9999?country=US`), 404, 400018);
    expectPcError(
      await pc(`/v1/products/${productId}/skus/${skuId}/availabilities/NOPE?country=US`),
      404,
      400019,
    );
  });

  it('GET /v1/productPromotions: a Collection with links.self', async () => {
    const res = await pc('/v1/productPromotions?country=US');
    expect(res.status).toBe(200);
    expect(res.body.attributes).toEqual({ objectType: 'Collection' });
    expect(res.body.links.self).toEqual(link('/v1/productPromotions?country=US'));
  });

  it('GET /v1/productPromotions: each promotion in the documented shape', async () => {
    const res = await pc('/v1/productPromotions?country=US');
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const promotion of res.body.items) {
      expect(promotion).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          name: expect.any(String),
          description: expect.any(String),
          startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T00:00:00\+00:00$/),
          endDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T23:59:59\+00:00$/),
          properties: { isAutoApplicable: false },
        }),
      );
      expect(promotion.requiredProducts.length).toBeGreaterThan(0);
      for (const required of promotion.requiredProducts) {
        expect(required).toEqual({
          productId: expect.any(String),
          skuId: expect.any(String),
          term: {
            duration: expect.stringMatching(/^P\d[MY]$/),
            billingCycle: expect.stringMatching(/^[A-Z][a-z]+$/),
          },
          pricingPolicies: [{ policyType: 'PercentDiscount', value: expect.stringMatching(/^0\.\d+$/) }],
        });
      }
    }
    // Business Voice (with calling plan): 25 % off, on each term the SKU is sold with.
    const voice = res.body.items.find((item: { id: string }) => item.id === '39NFJQT1BV25:0001');
    expect(voice.requiredProducts).toContainEqual(
      expect.objectContaining({
        term: { duration: 'P1M', billingCycle: 'Monthly' },
        pricingPolicies: [{ policyType: 'PercentDiscount', value: '0.25' }],
      }),
    );
  });

  it('GET /v1/productpromotions/{id}: the promotion of that market, past its end date too; 404 elsewhere', async () => {
    const list = await pc('/v1/productPromotions?country=BR');
    const promotion = list.body.items.find((item: { endDate: string }) => item.endDate < '2026-01-01');
    expect(promotion).toBeDefined();
    // The reference writes the path in lower case.
    const res = await pc(`/v1/productpromotions/${encodeURIComponent(promotion.id)}?country=BR`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(promotion);
    expectPcError(await pc(`/v1/productPromotions/${encodeURIComponent(promotion.id)}?country=US`), 404);
    expectPcError(await pc(`/v1/productPromotions/${encodeURIComponent(promotion.id)}`), 400, 800002);
  });

  it('X-Locale: descriptions come in the language asked for, names and ids unchanged; English otherwise', async () => {
    const { productId, skuId } = await catalogItem('FR', 'Microsoft Teams Rooms Premium');
    const paths = [
      `/v1/products/${productId}?country=FR`,
      `/v1/products/${productId}/skus/${skuId}?country=FR`,
      `/v1/products/${productId}/skus/${skuId}/availabilities?country=FR`,
      '/v1/productPromotions?country=GB',
    ];
    for (const path of paths) {
      const [english, french, unknown] = await Promise.all([
        pc(path, { headers: { 'X-Locale': 'en-US' } }),
        pc(path, { headers: { 'X-Locale': 'fr-FR' } }),
        pc(path, { headers: { 'X-Locale': 'de-DE' } }),
      ]);
      expect(french.status).toBe(200);
      expect(unknown.body).toEqual(english.body);
      // Every description in the answer, in document order (embedded product and SKU, terms…).
      const texts = (body: typeof english.body) => {
        const found: unknown[] = [];
        JSON.stringify(body, (key, value: unknown) => {
          if (key === 'description') found.push(value);
          return value;
        });
        return found;
      };
      const [englishTexts, frenchTexts] = [texts(english.body), texts(french.body)];
      expect(englishTexts.length).toBeGreaterThan(0);
      expect(frenchTexts).toHaveLength(englishTexts.length);
      englishTexts.forEach((text, index) => {
        expect(text).toEqual(expect.any(String));
        expect(frenchTexts[index]).not.toBe(text);
      });
      const withoutTexts = (body: typeof english.body) =>
        JSON.stringify(body, (key, value: unknown) => (key === 'description' ? undefined : value));
      expect(withoutTexts(french.body)).toBe(withoutTexts(english.body));
    }
    const sku = await pc(`/v1/products/${productId}/skus/${skuId}?country=FR`, {
      headers: { 'X-Locale': 'fr-FR' },
    });
    expect(sku.body.title).toBe('Microsoft Teams Rooms Premium');
    expect(sku.body.description).toMatch(/^Tout Standard, plus les services gérés Teams Rooms/);
  });
});

describe('carts', () => {
  it('POST a cart: 201, and an add-on without a compatible base carries 400041 on its line', async () => {
    const addon = await catalogItem('GB', 'Microsoft 365 Business Voice (without calling plan)');
    const res = await pc(`/v1/customers/${thames}/carts`, {
      method: 'POST',
      body: {
        LineItems: [
          {
            Id: 0,
            CatalogItemId: addon.catalogItemId,
            Quantity: 5,
            BillingCycle: 'Monthly',
            TermDuration: 'P1M',
          },
        ],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        creationTimestamp: expect.any(String),
        lastModifiedTimestamp: expect.any(String),
        expirationTimestamp: expect.any(String),
        lastModifiedUser: expect.any(String),
        status: 'Active',
        attributes: { objectType: 'Cart' },
      }),
    );
    expect(res.body.lineItems[0]).toEqual(
      expect.objectContaining({
        id: 0,
        catalogItemId: addon.catalogItemId,
        quantity: 5,
        billingCycle: 'monthly',
        currencyCode: 'GBP',
        orderGroup: '0',
        error: {
          errorCode: 400041,
          errorDescription: expect.stringMatching(/not purchasable without a compatible base product/),
        },
      }),
    );
    expectPcError(
      await pc(`/v1/customers/${thames}/carts/${res.body.id}/checkout`, { method: 'POST' }),
      400,
      800009,
    );
  });

  it('PUT a cart answers 201 Created with the whole updated cart; GET returns it; checkout answers 201 with the order', async () => {
    const base = await catalogItem('GB', 'Microsoft 365 Business Basic');
    const created = await pc(`/v1/customers/${thames}/carts`, {
      method: 'POST',
      body: {
        lineItems: [{ id: 0, catalogItemId: base.catalogItemId, quantity: 1, billingCycle: 'monthly' }],
      },
    });
    const cartId = created.body.id;
    const updated = await pc(`/v1/customers/${thames}/carts/${cartId}`, {
      method: 'PUT',
      body: {
        Id: cartId,
        LineItems: [{ Id: 0, CatalogItemId: base.catalogItemId, Quantity: 3, BillingCycle: 'monthly' }],
      },
    });
    expect(updated.status).toBe(201);
    expect(updated.body.id).toBe(cartId);
    expect(updated.body.lineItems[0]).toEqual(expect.objectContaining({ quantity: 3, orderGroup: '0' }));
    expect(updated.body.attributes).toEqual({ objectType: 'Cart' });

    const got = await pc(`/v1/customers/${thames}/carts/${cartId}`);
    expect(got.status).toBe(200);
    expect(got.body.lineItems[0].quantity).toBe(3);

    const checkout = await pc(`/v1/customers/${thames}/carts/${cartId}/checkout`, { method: 'POST' });
    expect(checkout.status).toBe(201);
    expect(checkout.body.orderErrors).toEqual([]);
    const order = checkout.body.orders[0];
    expect(order).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        referenceCustomerId: thames,
        billingCycle: 'monthly',
        currencyCode: 'GBP',
        currencySymbol: '£',
        creationDate: expect.any(String),
        transactionType: 'UserPurchase',
        attributes: { objectType: 'Order', etag: expect.stringMatching(/^\w+$/) },
      }),
    );
    expect(order.lineItems[0]).toEqual(
      expect.objectContaining({ offerId: base.catalogItemId, quantity: 3, transactionType: 'New' }),
    );
    // The line links to the subscription it created, as create-an-order's sample does.
    const bought = await pc(`/v1${order.lineItems[0].links.subscription.uri}`);
    expect(bought.status).toBe(200);
    expect(bought.body.id).toBe(order.lineItems[0].subscriptionId);

    // checkout-a-cart: "This API is idempotent": a second checkout of the cart answers the first
    // checkout's orders again and buys nothing more.
    const again = await pc(`/v1/customers/${thames}/carts/${cartId}/checkout`, { method: 'POST' });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(checkout.body);
    const orders = await pc(`/v1/customers/${thames}/orders`);
    expect(orders.body.items.filter((o: { id: string }) => o.id === order.id)).toHaveLength(1);
    expect(orders.body.links.self).toEqual(link(`/v1/customers/${thames}/orders`));
    expect(orders.body.items.map((o: { id: string }) => o.id)).toContain(order.id);

    // get-an-order-by-id, where the order's links.self points
    expect(order.links.self).toEqual(link(`/customers/${thames}/orders/${order.id}`));
    const byId = await pc(`/v1${order.links.self.uri}`);
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual(order);
    expectPcError(await pc(`/v1/customers/${thames}/orders/not-an-order`), 404);

    // get-a-list-of-subscriptions-by-order
    const all = await pc(`/v1/customers/${thames}/subscriptions`);
    const fromOrder = await pc(`/v1/customers/${thames}/subscriptions?order_id=${order.id}`);
    expect(fromOrder.status).toBe(200);
    expect(fromOrder.body.items.map((item: { id: string }) => item.id)).toEqual([
      order.lineItems[0].subscriptionId,
    ]);
    expect(fromOrder.body.items[0].orderId).toBe(order.id);

    // The order line and the subscription link their catalog item in the customer's market, and
    // each link answers.
    for (const links of [order.lineItems[0].links, fromOrder.body.items[0].links]) {
      for (const name of ['product', 'sku', 'availability']) {
        expect(links[name].uri).toMatch(/\?country=GB$/);
        expect((await pc(`/v1${links[name].uri}`)).status).toBe(200);
      }
    }
    expect(all.body.items.length).toBeGreaterThan(0);
    const fromAnother = await pc(`/v1/customers/${thames}/subscriptions?order_id=another-order`);
    expect(fromAnother.body.items).toEqual([]);

    // get-a-list-of-orders-by-customer-and-billing-cycle-type: the monthly order is listed under
    // billingType=monthly only; the sample's `onetime` matches an order billed `one_time`.
    const ids = async (billingType: string) =>
      (await pc(`/v1/customers/${thames}/orders?billingType=${billingType}`)).body.items.map(
        (o: { id: string }) => o.id,
      );
    expect(await ids('monthly')).toContain(order.id);
    expect(await ids('Monthly')).toContain(order.id);
    expect(await ids('annual')).not.toContain(order.id);
    expect(await ids('onetime')).toEqual([]);
    const listed = await pc(`/v1/customers/${thames}/orders?billingType=monthly`);
    expect(listed.body.links.self).toEqual(link(`/v1/customers/${thames}/orders?billingType=monthly`));
    expectPcError(await pc(`/v1/customers/${thames}/orders?billingType=weekly`), 400, 800002);
  });

  it('answers 404 with Partner Center bodies for an unknown cart and an unknown customer', async () => {
    expectPcError(
      await pc(`/v1/customers/${thames}/carts/00000000-0000-0000-0000-000000000000`),
      404,
      800008,
    );
    expectPcError(
      await pc('/v1/customers/00000000-0000-0000-0000-000000000000/carts', {
        method: 'POST',
        body: { lineItems: [] },
      }),
      404,
      60003,
    );
  });
});

describe('subscriptions', () => {
  it('GET the list and one subscription: renewalTermDuration, refund options, links', async () => {
    const list = await pc(`/v1/customers/${contoso}/subscriptions`);
    expect(list.status).toBe(200);
    expect(list.body.links.self).toEqual(link(`/v1/customers/${contoso}/subscriptions`));
    expect(list.body.items.length).toBeGreaterThan(0);
    const first = list.body.items[0];
    const res = await pc(`/v1/customers/${contoso}/subscriptions/${first.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        id: first.id,
        offerId: expect.any(String),
        offerName: expect.any(String),
        friendlyName: expect.any(String),
        quantity: expect.any(Number),
        unitType: 'Licenses',
        hasPurchasableAddons: expect.any(Boolean),
        creationDate: expect.any(String),
        effectiveStartDate: expect.any(String),
        commitmentEndDate: expect.any(String),
        status: expect.any(String),
        autoRenewEnabled: expect.any(Boolean),
        billingType: 'license',
        billingCycle: expect.any(String),
        termDuration: expect.stringMatching(/^P1M|P1Y|P3Y$/),
        renewalTermDuration: first.termDuration,
        contractType: 'subscription',
        orderId: expect.any(String),
        attributes: expect.objectContaining({ objectType: 'Subscription' }),
      }),
    );
    expect(res.body.links.self).toEqual(link(`/customers/${contoso}/subscriptions/${first.id}`));
  });

  it('GET …/subscriptions/{id}/addons: a Collection of the add-on subscriptions of that base', async () => {
    const list = (await pc(`/v1/customers/${contoso}/subscriptions`)).body.items as Array<{
      id: string;
      offerName: string;
      hasPurchasableAddons: boolean;
    }>;
    const base = list.find((s) => s.offerName.includes('E3'));
    const addon = list.find((s) => s.offerName.includes('Teams Phone'));
    expect(base && addon).toBeTruthy();
    const res = await pc(`/v1/customers/${contoso}/subscriptions/${base?.id}/addons`);
    expect(res.status).toBe(200);
    expect(res.body.attributes).toEqual({ objectType: 'Collection' });
    expect(res.body.links.self).toEqual(link(`/v1/customers/${contoso}/subscriptions/${base?.id}/addons`));
    expect(res.body.items.map((s: { id: string }) => s.id)).toEqual([addon?.id]);
    expect(res.body.items[0].attributes.objectType).toBe('Subscription');
    expect(list.find((s) => s.id === base?.id)).toEqual(
      expect.objectContaining({ hasPurchasableAddons: true }),
    );

    const ofAddon = await pc(`/v1/customers/${contoso}/subscriptions/${addon?.id}/addons`);
    expect(ofAddon.body.items).toEqual([]);
    expectPcError(
      await pc(`/v1/customers/${contoso}/subscriptions/00000000-0000-0000-0000-000000000000/addons`),
      404,
      20003,
    );
  });

  it("a seeded subscription's orderId names the order that bought it, listed with the customer's orders", async () => {
    const subscriptions = await pc(`/v1/customers/${contoso}/subscriptions`);
    const orders = await pc(`/v1/customers/${contoso}/orders`);
    expect(orders.status).toBe(200);
    expect(orders.body.totalCount).toBeGreaterThan(0);
    // Each listed order carries its ETag, as get-all-of-a-customer-s-orders' sample shows.
    const etags = orders.body.items.map((order: { attributes: { etag: string } }) => order.attributes.etag);
    expect(etags).toEqual(etags.map(() => expect.stringMatching(/^\w+$/)));
    expect(new Set(etags).size).toBe(etags.length);
    for (const subscription of subscriptions.body.items) {
      const order = await pc(`/v1/customers/${contoso}/orders/${subscription.orderId}`);
      expect(order.status).toBe(200);
      expect(order.body).toEqual(
        expect.objectContaining({
          id: subscription.orderId,
          referenceCustomerId: contoso,
          currencyCode: 'USD',
          currencySymbol: '$',
          status: 'completed',
          attributes: { objectType: 'Order', etag: expect.stringMatching(/^\w+$/) },
        }),
      );
      expect(order.body.lineItems).toContainEqual(
        expect.objectContaining({
          subscriptionId: subscription.id,
          offerId: subscription.offerId,
          termDuration: subscription.termDuration,
          friendlyName: subscription.friendlyName,
          links: expect.objectContaining({ subscription: subscription.links.self }),
        }),
      );
      expect(orders.body.items).toContainEqual(order.body);
    }
  });

  it('a seeded order counts the seats bought, not seats added since, at the catalog price', async () => {
    const [subscription] = (await pc(`/v1/customers/${ipanema}/subscriptions`)).body.items;
    const order = await pc(`/v1/customers/${ipanema}/orders/${subscription.orderId}`);
    const [line] = order.body.lineItems;
    // Business Standard: 35 seats today, 5 of them added on 2026-11-29.
    expect(subscription.quantity).toBe(35);
    expect(line.quantity).toBe(30);
    expect(order.body.currencyCode).toBe('BRL');
    expect(line.links.product.uri).toMatch(/\?country=BR$/);
    expect(order.body.totalPrice).toBeCloseTo(line.pricing.listPrice * 30, 2);
  });

  it('create-transition answers 200 with its events; get-transitions lists the history of its source', async () => {
    const subscriptions = (await pc(`/v1/customers/${contoso}/subscriptions`)).body.items;
    const e3 = subscriptions.find((item: { offerId: string }) =>
      item.offerId.startsWith('CFQ7TTC0LF8R:0001:'),
    );
    const e5 = await catalogItem('US', 'Office 365 E5', 'P1Y');
    const path = `/v1/customers/${contoso}/subscriptions/${e3.id}/transitions`;
    expect((await pc(path)).body).toEqual(expect.objectContaining({ totalCount: 0, items: [] }));

    const created = await pc(path, {
      method: 'POST',
      body: {
        fromCatalogItemId: e3.offerId,
        fromSubscriptionId: e3.id,
        toCatalogItemId: e5.catalogItemId,
        quantity: 5,
        termDuration: 'P1Y',
        billingCycle: 'Monthly',
        transitionType: 'transition_only',
      },
    });
    expect(created.status).toBe(200);
    expect(created.body).toEqual(
      expect.objectContaining({
        fromCatalogItemId: e3.offerId,
        fromSubscriptionId: e3.id,
        toSubscriptionId: expect.any(String),
        quantity: 5,
        transitionType: 'transition_only',
        attributes: { objectType: 'Transition' },
      }),
    );
    expect(created.body.events.map((event: { status: string }) => event.status)).toEqual([
      'Started',
      'Completed',
    ]);
    expect(created.body.events[0]).toEqual({
      name: 'Conversion',
      status: 'Started',
      timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      attributes: { objectType: 'TransitionEvent' },
    });

    const history = await pc(path);
    expect(history.status).toBe(200);
    expect(history.body).toEqual(
      expect.objectContaining({
        totalCount: 1,
        items: [created.body],
        attributes: { objectType: 'Collection' },
      }),
    );
    // The new subscription has no transitions of its own; an unknown one is 404.
    const target = await pc(
      `/v1/customers/${contoso}/subscriptions/${created.body.toSubscriptionId}/transitions`,
    );
    expect(target.body.totalCount).toBe(0);
    expectPcError(await pc(`/v1/customers/${contoso}/subscriptions/nope/transitions`), 404, 20003);
  });

  it("names the partner by its CSP tenant, as the account's identifiers do", async () => {
    const identifiers = (await pc('/v1/profiles/identifiers')).body.items;
    const cspTenant = identifiers.find((item: { type: string }) => item.type === 'cspTenantId').value;
    const subscriptions = (await pc(`/v1/customers/${contoso}/subscriptions`)).body.items;
    expect(subscriptions.length).toBeGreaterThan(0);
    for (const subscription of subscriptions) expect(subscription.partnerId).toBe(cspTenant);
  });

  it("by partner MPN ID: the partner's own Partner IDs list its subscriptions, another partner's none", async () => {
    const all = (await pc(`/v1/customers/${contoso}/subscriptions`)).body.items;
    expect(all.length).toBeGreaterThan(0);
    const partnerIds = (await pc('/v1/profiles/identifiers')).body.items
      .filter((item: { type: string }) => item.type === 'partnerId')
      .map((item: { value: string }) => item.value);
    for (const mpnId of partnerIds) {
      const path = `/v1/customers/${contoso}/subscriptions?mpn_id=${mpnId}`;
      const sold = await pc(path);
      expect(sold.status).toBe(200);
      expect(sold.body.items).toEqual(all);
      expect(sold.body.links.self).toEqual(link(path));
    }
    // The documentation's sample asks for partner 4847383, which sold this customer nothing.
    const other = await pc(`/v1/customers/${contoso}/subscriptions?mpn_id=4847383`);
    expect(other.status).toBe(200);
    expect(other.body).toEqual(expect.objectContaining({ totalCount: 0, items: [] }));
  });

  it('provisioning status: an order links it, each line is fulfilled until its subscription is cancelled', async () => {
    const base = await catalogItem('GB', 'Microsoft 365 Business Basic');
    const cart = await pc(`/v1/customers/${thames}/carts`, {
      method: 'POST',
      body: {
        lineItems: [{ id: 0, catalogItemId: base.catalogItemId, quantity: 2, billingCycle: 'monthly' }],
      },
    });
    const checkout = await pc(`/v1/customers/${thames}/carts/${cart.body.id}/checkout`, { method: 'POST' });
    const [order] = checkout.body.orders;
    const statusPath = `/customers/${thames}/orders/${order.id}/provisioningstatus`;
    expect(order.links.provisioningStatus).toEqual(link(statusPath));

    const fulfilled = await pc(`/v1${statusPath}`);
    expect(fulfilled.status).toBe(200);
    expect(fulfilled.body).toEqual({
      totalCount: 1,
      items: [
        {
          orderLineItemId: 0,
          lineItemNumber: 0,
          status: 'fulfilled',
          quantityProvisioningInformation: [{ quantity: 2, status: 'fulfilled' }],
        },
      ],
      links: { self: link(`/v1${statusPath}`) },
      attributes: { objectType: 'Collection' },
    });

    // get-subscription-provisioning-status, for the subscription the line bought
    const subscriptionPath = `/v1/customers/${thames}/subscriptions/${order.lineItems[0].subscriptionId}`;
    const subscription = (await pc(subscriptionPath)).body;
    const provisioned = await pc(`${subscriptionPath}/provisioningstatus`);
    expect(provisioned.status).toBe(200);
    expect(provisioned.body).toEqual({
      skuId: base.catalogItemId.split(':')[1],
      status: 'success',
      quantity: 2,
      endDate: `${subscription.commitmentEndDate.slice(0, 10)}T00:00:00Z`,
      attributes: { objectType: 'SubscriptionProvisioningStatus' },
    });

    // Cancelled within its window, the line is "unfulfilled due to cancellation".
    const cancelled = await pc(subscriptionPath, {
      method: 'PATCH',
      headers: { 'If-Match': `"${subscription.attributes.etag}"` },
      body: { ...subscription, status: 'deleted' },
    });
    expect(cancelled.status).toBe(200);
    const after = (await pc(`/v1${statusPath}`)).body.items[0];
    expect(after.status).toBe('unfulfilled');
    expect(after.quantityProvisioningInformation).toEqual([{ quantity: 2, status: 'unfulfilled' }]);

    expectPcError(await pc(`/v1/customers/${thames}/orders/not-an-order/provisioningstatus`), 404, 800002);
    expectPcError(await pc(`/v1/customers/${thames}/subscriptions/nope/provisioningstatus`), 404, 20003);
    expectPcError(await pc('/v1/customers/no-such-customer/orders/x/provisioningstatus'), 404, 60003);
  });

  it('suspends and reactivates with the documented requests; seats leave and rejoin the tenant licence', async () => {
    const e3 = (await pc(`/v1/customers/${contoso}/subscriptions`)).body.items.find(
      (item: { offerId: string }) => item.offerId.startsWith('CFQ7TTC0LF8R:0001:'),
    );
    const path = `/v1/customers/${contoso}/subscriptions/${e3.id}`;
    const activeUnits = async () =>
      (await pc(`/v1/customers/${contoso}/subscribedskus`)).body.items.find(
        (licence: { productId: string; channel: string }) =>
          licence.productId === 'CFQ7TTC0LF8R' && licence.channel === 'thisPartner',
      ).activeUnits;
    const before = await activeUnits();
    // The documented requests: the full resource in PascalCase, the new status.
    const documented = (status: string, etag: string) => ({
      Id: e3.id,
      FriendlyName: e3.friendlyName,
      Quantity: e3.quantity,
      Status: status,
      AutoRenewEnabled: e3.autoRenewEnabled,
      Attributes: { Etag: etag, ObjectType: 'Subscription' },
    });
    const suspended = await pc(path, {
      method: 'PATCH',
      headers: { 'If-Match': e3.attributes.etag },
      body: documented('suspended', e3.attributes.etag),
    });
    expect(suspended.status).toBe(200);
    expect(suspended.body).toEqual(
      expect.objectContaining({ status: 'suspended', suspensionReasons: ['PartnerInitiated'] }),
    );
    expect(await activeUnits()).toBe(before - e3.quantity);

    // A suspended subscription's seats wait for its reactivation; a stale ETag in the body is 412.
    expectPcError(
      await pc(path, {
        method: 'PATCH',
        body: { ...documented('suspended', suspended.body.attributes.etag), Quantity: e3.quantity + 1 },
      }),
      400,
      800002,
    );
    expectPcError(
      await pc(path, { method: 'PATCH', body: documented('active', e3.attributes.etag) }),
      412,
      2055,
    );

    // reactivate-a-suspended-a-subscription sends no If-Match: the ETag is in the body.
    const reactivated = await pc(path, {
      method: 'PATCH',
      body: documented('active', suspended.body.attributes.etag),
    });
    expect(reactivated.status).toBe(200);
    expect(reactivated.body.status).toBe('active');
    expect(reactivated.body.suspensionReasons).toEqual([]);
    expect(await activeUnits()).toBe(before);
    expect((await pc(path)).body.status).toBe('active');
  });

  it('renames with the documented nickname request, and refuses an empty name', async () => {
    const [subscription] = (await pc(`/v1/customers/${contoso}/subscriptions`)).body.items;
    const path = `/v1/customers/${contoso}/subscriptions/${subscription.id}`;
    const renamed = await pc(path, {
      method: 'PATCH',
      body: {
        Id: subscription.id,
        FriendlyName: '  Head office E3  ',
        Quantity: subscription.quantity,
        Status: subscription.status,
        AutoRenewEnabled: subscription.autoRenewEnabled,
        Attributes: { Etag: subscription.attributes.etag, ObjectType: 'Subscription' },
      },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual(
      expect.objectContaining({ friendlyName: 'Head office E3', quantity: subscription.quantity }),
    );
    expect((await pc(path)).body.friendlyName).toBe('Head office E3');
    const refused = await pc(path, {
      method: 'PATCH',
      headers: { 'If-Match': renamed.body.attributes.etag },
      body: { ...renamed.body, friendlyName: ' ' },
    });
    expectPcError(refused, 400, 800002);
    expect(refused.body.data).toEqual([expect.objectContaining({ field: 'friendlyName' })]);
    expect((await pc(path)).body.friendlyName).toBe('Head office E3');
  });

  it('an upgraded subscription stays suspended; other status changes are refused', async () => {
    const subscriptions = (await pc(`/v1/customers/${contoso}/subscriptions`)).body.items;
    const e3 = subscriptions.find((item: { offerId: string }) =>
      item.offerId.startsWith('CFQ7TTC0LF8R:0001:'),
    );
    const e5 = await catalogItem('US', 'Office 365 E5', 'P1Y');
    const path = `/v1/customers/${contoso}/subscriptions/${e3.id}`;
    const upgraded = await pc(`${path}/transitions`, {
      method: 'POST',
      body: { toCatalogItemId: e5.catalogItemId, quantity: e3.quantity, transitionType: 'transition_only' },
    });
    expect(upgraded.status).toBe(200);
    const source = (await pc(path)).body;
    expect(source).toEqual(expect.objectContaining({ status: 'suspended', suspensionReasons: ['Upgraded'] }));
    const refused = await pc(path, {
      method: 'PATCH',
      headers: { 'If-Match': source.attributes.etag },
      body: { ...source, status: 'active' },
    });
    expectPcError(refused, 400, 800002);
    expect(refused.body.data).toEqual([expect.objectContaining({ field: 'status' })]);
    expect((await pc(path)).body.status).toBe('suspended');

    const other = subscriptions.find(
      (item: { id: string; status: string }) => item.id !== e3.id && item.status === 'active',
    );
    expectPcError(
      await pc(`/v1/customers/${contoso}/subscriptions/${other.id}`, {
        method: 'PATCH',
        headers: { 'If-Match': other.attributes.etag },
        body: { ...other, status: 'expired' },
      }),
      400,
      800002,
    );
  });

  it('PATCH raises the quantity and answers the subscription with a new etag', async () => {
    const list = (await pc(`/v1/customers/${contoso}/subscriptions`)).body.items;
    const subscription = list.find((s: { status: string }) => s.status === 'active');
    const res = await pc(`/v1/customers/${contoso}/subscriptions/${subscription.id}`, {
      method: 'PATCH',
      headers: { 'If-Match': `"${subscription.attributes.etag}"` },
      body: { ...subscription, quantity: subscription.quantity + 1 },
    });
    expect(res.status).toBe(200);
    expect(res.body.quantity).toBe(subscription.quantity + 1);
    expect(res.body.attributes.etag).not.toBe(subscription.attributes.etag);
    expectPcError(
      await pc(`/v1/customers/${contoso}/subscriptions/00000000-0000-0000-0000-000000000000`),
      404,
      20003,
    );
  });

  it('customTermEndDates and subscribedskus answer Collections with links.self', async () => {
    const dates = await pc(`/v1/customers/${contoso}/subscriptions/customTermEndDates?term_duration=P1Y`);
    expect(dates.status).toBe(200);
    expect(dates.body.links.self).toEqual(
      link(`/v1/customers/${contoso}/subscriptions/customTermEndDates?term_duration=P1Y`),
    );
    expectPcError(
      await pc(`/v1/customers/${contoso}/subscriptions/customTermEndDates?term_duration=P2Y`),
      400,
    );
    const skus = await pc(`/v1/customers/${contoso}/subscribedskus`);
    expect(skus.status).toBe(200);
    expect(skus.body.links.self).toEqual(link(`/v1/customers/${contoso}/subscribedskus`));
  });

  it('subscribedskus: each licence carries every documented field with its documented type', async () => {
    const tailspin = seededCustomer('tailspinquebec'); // a suspended Business Basic
    for (const customer of [contoso, tailspin]) {
      const { items } = (await pc(`/v1/customers/${customer}/subscribedskus`)).body;
      expect(items.length).toBeGreaterThan(0);
      for (const licence of items) {
        expect(licence).toEqual(
          expect.objectContaining({
            availableUnits: expect.any(Number),
            activeUnits: expect.any(Number),
            consumedUnits: expect.any(Number),
            suspendedUnits: expect.any(Number),
            totalUnits: expect.any(Number),
            warningUnits: expect.any(Number),
            productSku: {
              id: expect.any(String),
              name: expect.any(String),
              skuPartNumber: expect.stringMatching(/^[A-Z0-9_]+$/),
              targetType: expect.stringMatching(/^(User|Tenant)$/),
              licenseGroupId: 'group1',
            },
            servicePlans: expect.any(Array),
            capabilityStatus: expect.any(String),
            attributes: { objectType: 'SubscribedSku' },
          }),
        );
        // Nothing is assigned to the customer's users in the mock: every active unit is available,
        // and a suspended licence's units are all suspended.
        if (licence.capabilityStatus === 'Suspended') {
          expect(licence.suspendedUnits).toBe(licence.totalUnits);
          expect(licence.availableUnits).toBe(0);
        } else {
          expect(licence.availableUnits).toBe(licence.activeUnits - licence.consumedUnits);
        }
      }
    }
    const suspended = (await pc(`/v1/customers/${tailspin}/subscribedskus`)).body.items.filter(
      (licence: { capabilityStatus: string }) => licence.capabilityStatus === 'Suspended',
    );
    expect(suspended).toHaveLength(1);
  });

  it('promotionEligibilities answers per item whether the promotion applies', async () => {
    const item = await catalogItem('US', 'Microsoft 365 E3');
    const res = await pc(`/v1/customers/${contoso}/promotionEligibilities`, {
      method: 'POST',
      body: {
        items: [
          {
            id: 0,
            catalogItemId: item.catalogItemId,
            termDuration: 'P1M',
            billingCycle: 'monthly',
            quantity: 1,
            promotionId: 'NOPROMO',
          },
        ],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.items[0].eligibilities[0]).toEqual(
      expect.objectContaining({ promotionId: 'NOPROMO', isEligible: false }),
    );
  });

  it("promotionEligibilities answers the documentation's sample in the documented shape", async () => {
    // verify-promotion-eligibility's own request, its leading space and PascalCase-free body included.
    const res = await pc(`/v1/customers/${contoso}/promotionEligibilities`, {
      method: 'POST',
      body: {
        items: [
          {
            catalogItemId: 'CFQ7TTC0KZ59:0001:CFQ7TTC0KZ59',
            quantity: 1,
            termDuration: 'P1Y',
            billingCycle: 'Monthly',
            promotionId: ' CFQ7TTC0HL8W:0001:CFQ7TTC0K59M',
          },
        ],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({ totalCount: 1, attributes: { objectType: 'Collection' } }),
    );
    expect(res.body.items[0]).toEqual(
      expect.objectContaining({
        catalogItemId: 'CFQ7TTC0KZ59:0001:CFQ7TTC0KZ59',
        quantity: 1,
        termDuration: 'P1Y',
        billingCycle: 'Monthly',
        attributes: { objectType: 'PromotionEligibilities' },
        eligibilities: [
          {
            promotionId: 'CFQ7TTC0HL8W:0001:CFQ7TTC0K59M',
            isEligible: false,
            errors: [expect.objectContaining({ type: 'InvalidPromotion', description: expect.any(String) })],
          },
        ],
      }),
    );
  });

  it('promotionEligibilities names each refusal by its documented type, a seat limit with its seats', async () => {
    const e1 = await catalogItem('IN', 'Office 365 E1');
    const res = await pc(`/v1/customers/${bengaluru}/promotionEligibilities`, {
      method: 'POST',
      body: {
        items: [
          {
            id: 0,
            catalogItemId: e1.catalogItemId,
            quantity: 501,
            termDuration: 'P1M',
            billingCycle: 'monthly',
            promotionId: '39NFJQT1E1MM:0001',
          },
          {
            id: 1,
            catalogItemId: e1.catalogItemId,
            quantity: 5,
            termDuration: 'P1M',
            billingCycle: 'monthly',
            promotionId: '39NFJQT1BV25:0001',
          },
        ],
      },
    });
    expect(res.status).toBe(200);
    const [tooMany, otherPromotion] = res.body.items;
    expect(tooMany.eligibilities[0].errors).toContainEqual(
      expect.objectContaining({ type: 'SeatCount', maximumRequiredSeats: 500, maxRequiredSeats: 500 }),
    );
    // Business Voice's promotion is not offered in India.
    expect(otherPromotion.eligibilities[0].errors.map((error: { type: string }) => error.type)).toContain(
      'InvalidPromotion',
    );
    for (const error of [...tooMany.eligibilities[0].errors, ...otherPromotion.eligibilities[0].errors]) {
      expect([
        'InvalidCatalogItemId',
        'InvalidPromotion',
        'PrerequisiteProductOwnership',
        'RedemptionLimit',
        'SeatCount',
        'OfferPurchasedPreviously',
        'Term',
      ]).toContain(error.type);
    }
  });
});
