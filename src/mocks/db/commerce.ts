/**
 * Seed of the commerce slices: what each customer has provisioned (from every channel), this
 * partner's subscriptions with the orders that bought them, and no carts. Dates are fixed so the seed (and its
 * persistence fingerprint) does not change from one day to the next.
 */
import type {
  Cart,
  Order,
  ProvisioningChannel,
  Subscription,
  SubscribedSku,
  Transition,
} from '@/lib/api-types/catalog';
import type { Link } from '@/lib/api-types/common';
import { findSkuFixture, unitPricePerTerm } from '../catalog';
import { billingCurrency, ids } from '../data/catalog';
import { createSubscription, orderAttributes, orderLinks } from '../subscription-factory';
import { seededGuid } from './seed-ids';

export interface CommerceData {
  /** Licences in each customer's tenant, from any channel; keyed by customer id. */
  subscribedSkus: Record<string, SubscribedSku[]>;
  /** This partner's subscriptions, keyed by customer id. */
  subscriptions: Record<string, Subscription[]>;
  carts: Record<string, Cart[]>;
  orders: Record<string, Order[]>;
  /** The orders each checked-out cart created, by cart id: a repeated checkout answers them again. */
  cartOrders: Record<string, string[]>;
  /** Each customer's subscription transitions (upgrades), oldest first: get-transitions' history. */
  transitions: Record<string, Transition[]>;
}

export const customerId = (prefix: string) => seededGuid(`customer:${prefix}`);

interface Provisioned {
  product: string;
  sku?: string;
  units: number;
  channel: ProvisioningChannel;
  status?: SubscribedSku['capabilityStatus'];
  /** Ours: when a suspended/deleted licence stopped (the voice promotion looks 30 days back). */
  endedAt?: string;
}

function subscribed(item: Provisioned): SubscribedSku & { endedAt?: string } {
  const skuId = item.sku ?? '0001';
  const found = findSkuFixture(item.product, skuId);
  return {
    productId: item.product,
    skuId,
    productSku: {
      id: seededGuid(`sku:${item.product}:${skuId}`),
      name: found?.sku.title ?? item.product,
      targetType: 'User',
    },
    capabilityStatus: item.status ?? 'Enabled',
    totalUnits: item.units,
    activeUnits: item.status && item.status !== 'Enabled' ? 0 : item.units,
    channel: item.channel,
    ...(item.endedAt ? { endedAt: item.endedAt } : {}),
    attributes: { objectType: 'SubscribedSku' },
  };
}

/**
 * Who has what:
 * - Contoso Outdoor Supply: Office 365 E3 and Teams Phone Standard, both sold by this partner; the
 *   add-on's term ends after the base's (term alignment), and E3 → E5 would include the add-on.
 * - Northwind Traders: Business Premium bought from another partner.
 * - Fabrikam Health: Office 365 E1 bought directly (web direct); GCC-qualified (see compliance.ts).
 * - Adatum Education District: Office 365 A1 through volume licensing.
 * - Maple Leaf Robotics: Office 365 E3 in legacy CSP.
 * - Highland Distillers: Business Basic from this partner, and Audio Conferencing (web direct)
 *   cancelled on 2020-12-01, which blocks the Business Voice promotion for 30 days.
 * - Thames Valley Analytics: nothing provisioned (new to the cloud).
 *
 * Term alignment across customers and currencies (renewals pages; dates around 2026-12-02):
 * - Lumiere Conseil (EUR): Business Standard that will not renew, with a monthly Audio
 *   Conferencing that would renew past it (coterm or auto-renew off).
 * - Rheinwerk (EUR): its non-renewing Business Standard, plus an annual Audio Conferencing bought
 *   on 2026-11-28, still inside its 168-hour window (cancel or reduce).
 * - Alster Logistik (EUR): Office 365 E3 renewing in January and Teams Phone ending a week later
 *   (coterm with the base's next term).
 * - Tailspin Air Quebec (CAD): a suspended Business Basic with an auto-renewing Audio Conferencing.
 * - Sakura Precision (JPY): a cancelled Business Standard with an auto-renewing Audio Conferencing.
 * - Atelier Bordeaux (EUR): a monthly Business Basic bought on 2026-11-30 (still cancellable).
 * - Ipanema Pagamentos (BRL): Business Standard with 5 seats added on 2026-11-29 (reducible).
 */
export function seedCommerce(countryOf: (customerId: string) => string): CommerceData {
  const contoso = customerId('contosooutdoor');
  const northwind = customerId('northwindtraders');
  const fabrikam = customerId('fabrikamhealth');
  const adatum = customerId('adatumedu');
  const maple = customerId('mapleleafrobotics');
  const highland = customerId('highlanddistillers');
  const rheinwerk = customerId('rheinwerk');

  const sub = (
    customer: string,
    key: string,
    rest: Omit<Parameters<typeof createSubscription>[0], 'id' | 'customerId' | 'orderId'>,
  ) =>
    createSubscription({
      id: seededGuid(`subscription:${key}`),
      customerId: customer,
      orderId: seededGuid(`order:${key}`).replace(/-/g, '').slice(0, 20),
      ...rest,
    });

  const lumiere = customerId('lumiereconseil');
  const alster = customerId('alsterlogistik');
  const tailspin = customerId('tailspinquebec');
  const sakura = customerId('sakuraprecision');
  const atelier = customerId('atelierbordeaux');
  const ipanema = customerId('ipanemapag');
  const mine = (product: string, units: number, status?: SubscribedSku['capabilityStatus']) =>
    subscribed({ product, units, channel: 'thisPartner', ...(status ? { status } : {}) });
  const withStatus = (subscription: Subscription, status: Subscription['status']) => ({
    ...subscription,
    status,
    autoRenewEnabled: false,
  });
  // Seats added after the purchase, by subscription id: not part of the order that bought it.
  const addedSeats = new Map<string, number>();
  const withAddedSeats = (subscription: Subscription, seats: number, addedAt: string) => {
    addedSeats.set(subscription.id, seats);
    const until = new Date(Date.parse(addedAt) + 168 * 3_600_000).toISOString();
    return {
      ...subscription,
      quantity: subscription.quantity + seats,
      refundableQuantity: {
        totalQuantity: seats,
        details: [{ quantity: seats, allowedUntilDateTime: until }],
      },
    };
  };

  const seed: CommerceData = {
    subscribedSkus: {
      [lumiere]: [mine(ids.businessStandard, 12), mine(ids.audioConferencing, 12)],
      [alster]: [mine(ids.o365E3, 80), mine(ids.teamsPhone, 30)],
      [tailspin]: [mine(ids.businessBasic, 15, 'Suspended'), mine(ids.audioConferencing, 15)],
      [sakura]: [mine(ids.businessStandard, 20, 'Deleted'), mine(ids.audioConferencing, 20)],
      [atelier]: [mine(ids.businessBasic, 6)],
      [ipanema]: [mine(ids.businessStandard, 35)],
      [contoso]: [
        subscribed({ product: ids.o365E3, units: 50, channel: 'thisPartner' }),
        subscribed({ product: ids.teamsPhone, units: 20, channel: 'thisPartner' }),
      ],
      [northwind]: [
        subscribed({ product: ids.businessPremium, sku: '0002', units: 35, channel: 'otherPartner' }),
      ],
      [fabrikam]: [subscribed({ product: ids.o365E1, units: 120, channel: 'webDirect' })],
      [adatum]: [subscribed({ product: ids.o365A1, units: 800, channel: 'volumeLicensing' })],
      [maple]: [subscribed({ product: ids.o365E3, units: 60, channel: 'legacyCsp' })],
      [highland]: [
        subscribed({ product: ids.businessBasic, units: 25, channel: 'thisPartner' }),
        subscribed({
          product: ids.audioConferencing,
          units: 10,
          channel: 'webDirect',
          status: 'Deleted',
          endedAt: '2020-12-01T00:00:00Z',
        }),
      ],
      [rheinwerk]: [
        subscribed({ product: ids.businessStandard, units: 40, channel: 'thisPartner' }),
        mine(ids.audioConferencing, 40),
      ],
    },
    subscriptions: {
      [contoso]: [
        sub(contoso, 'contoso-e3', {
          productId: ids.o365E3,
          skuId: '0001',
          term: 'P1Y',
          billingCycle: 'monthly',
          quantity: 50,
          purchasedAt: '2026-03-01T09:00:00Z',
        }),
        sub(contoso, 'contoso-teams-phone', {
          productId: ids.teamsPhone,
          skuId: '0001',
          term: 'P1Y',
          billingCycle: 'monthly',
          quantity: 20,
          purchasedAt: '2026-06-15T10:00:00Z',
        }),
      ],
      [highland]: [
        sub(highland, 'highland-basic', {
          productId: ids.businessBasic,
          skuId: '0001',
          term: 'P1M',
          billingCycle: 'monthly',
          quantity: 25,
          purchasedAt: '2026-11-02T08:30:00Z',
          autoRenewEnabled: true,
        }),
      ],
      [rheinwerk]: [
        sub(rheinwerk, 'rheinwerk-standard', {
          productId: ids.businessStandard,
          skuId: '0001',
          term: 'P1Y',
          billingCycle: 'annual',
          quantity: 40,
          purchasedAt: '2026-01-10T12:00:00Z',
          autoRenewEnabled: false,
        }),
        sub(rheinwerk, 'rheinwerk-audio', {
          productId: ids.audioConferencing,
          skuId: '0001',
          term: 'P1Y',
          billingCycle: 'monthly',
          quantity: 40,
          purchasedAt: '2026-11-28T09:00:00Z',
        }),
      ],
      [lumiere]: [
        sub(lumiere, 'lumiere-standard', {
          productId: ids.businessStandard,
          skuId: '0001',
          term: 'P1Y',
          billingCycle: 'annual',
          quantity: 12,
          purchasedAt: '2026-01-20T10:00:00Z',
          autoRenewEnabled: false,
        }),
        sub(lumiere, 'lumiere-audio', {
          productId: ids.audioConferencing,
          skuId: '0001',
          term: 'P1M',
          billingCycle: 'monthly',
          quantity: 12,
          purchasedAt: '2026-11-25T10:00:00Z',
        }),
      ],
      [alster]: [
        sub(alster, 'alster-e3', {
          productId: ids.o365E3,
          skuId: '0001',
          term: 'P1Y',
          billingCycle: 'annual',
          quantity: 80,
          purchasedAt: '2026-01-25T08:00:00Z',
        }),
        sub(alster, 'alster-teams-phone', {
          productId: ids.teamsPhone,
          skuId: '0001',
          term: 'P1Y',
          billingCycle: 'monthly',
          quantity: 30,
          purchasedAt: '2026-02-01T08:00:00Z',
        }),
      ],
      [tailspin]: [
        withStatus(
          sub(tailspin, 'tailspin-basic', {
            productId: ids.businessBasic,
            skuId: '0001',
            term: 'P1Y',
            billingCycle: 'monthly',
            quantity: 15,
            purchasedAt: '2026-05-01T12:00:00Z',
          }),
          'suspended',
        ),
        sub(tailspin, 'tailspin-audio', {
          productId: ids.audioConferencing,
          skuId: '0001',
          term: 'P1Y',
          billingCycle: 'monthly',
          quantity: 15,
          purchasedAt: '2026-05-02T12:00:00Z',
        }),
      ],
      [sakura]: [
        withStatus(
          sub(sakura, 'sakura-standard', {
            productId: ids.businessStandard,
            skuId: '0001',
            term: 'P1M',
            billingCycle: 'monthly',
            quantity: 20,
            purchasedAt: '2026-10-05T01:00:00Z',
          }),
          'deleted',
        ),
        sub(sakura, 'sakura-audio', {
          productId: ids.audioConferencing,
          skuId: '0001',
          term: 'P1Y',
          billingCycle: 'annual',
          quantity: 20,
          purchasedAt: '2026-10-06T01:00:00Z',
        }),
      ],
      [atelier]: [
        sub(atelier, 'atelier-basic', {
          productId: ids.businessBasic,
          skuId: '0001',
          term: 'P1M',
          billingCycle: 'monthly',
          quantity: 6,
          purchasedAt: '2026-11-30T15:00:00Z',
        }),
      ],
      [ipanema]: [
        withAddedSeats(
          sub(ipanema, 'ipanema-standard', {
            productId: ids.businessStandard,
            skuId: '0001',
            term: 'P1Y',
            billingCycle: 'monthly',
            quantity: 30,
            purchasedAt: '2026-04-10T14:00:00Z',
          }),
          5,
          '2026-11-29T14:00:00Z',
        ),
      ],
    },
    carts: {},
    orders: {},
    cartOrders: {},
    transitions: {},
  };
  seed.orders = ordersOf(seed.subscriptions, countryOf, addedSeats);
  return seed;
}

/**
 * The order that bought each seeded subscription (its `orderId`), so that a subscription's order can
 * be read like one placed through a cart: the seed's subscriptions were bought before the demo
 * starts. Seats added later are not part of the order; its prices are the catalog's list prices.
 */
function ordersOf(
  subscriptions: Record<string, Subscription[]>,
  countryOf: (customerId: string) => string,
  addedSeats: ReadonlyMap<string, number>,
): Record<string, Order[]> {
  const orders: Record<string, Order[]> = {};
  for (const [customer, owned] of Object.entries(subscriptions)) {
    const byOrder = new Map<string, Subscription[]>();
    for (const subscription of owned) {
      const orderId = subscription.orderId ?? subscription.id;
      byOrder.set(orderId, [...(byOrder.get(orderId) ?? []), subscription]);
    }
    orders[customer] = [...byOrder].map(([orderId, bought]) => {
      const first = bought[0] as Subscription;
      const country = countryOf(customer);
      const inMarket = (link: Link) => ({ ...link, uri: `${link.uri}?country=${country}` });
      const lineItems = bought.map((subscription, index) => {
        const [productId = '', skuId = ''] = subscription.offerId.split(':');
        const sku = findSkuFixture(productId, skuId)?.sku;
        const quantity = subscription.quantity - (addedSeats.get(subscription.id) ?? 0);
        const listPrice = sku ? unitPricePerTerm(sku, subscription.termDuration, country) : 0;
        return {
          lineItemNumber: index,
          offerId: subscription.offerId,
          subscriptionId: subscription.id,
          termDuration: subscription.termDuration,
          transactionType: 'New' as const,
          friendlyName: subscription.friendlyName,
          quantity,
          pricing: { listPrice, discountedPrice: listPrice },
          links: {
            ...(subscription.links.self ? { subscription: subscription.links.self } : {}),
            ...(subscription.links.product ? { product: inMarket(subscription.links.product) } : {}),
            ...(subscription.links.sku ? { sku: inMarket(subscription.links.sku) } : {}),
            ...(subscription.links.availability
              ? { availability: inMarket(subscription.links.availability) }
              : {}),
          },
        };
      });
      return {
        id: orderId,
        alternateId: orderId.slice(0, 12),
        referenceCustomerId: customer,
        billingCycle: first.billingCycle,
        currencyCode: billingCurrency(country).code,
        currencySymbol: billingCurrency(country).symbol,
        lineItems,
        creationDate: first.creationDate,
        status: 'completed' as const,
        transactionType: 'UserPurchase' as const,
        totalPrice:
          Math.round(lineItems.reduce((sum, line) => sum + line.pricing.listPrice * line.quantity, 0) * 100) /
          100,
        links: orderLinks(customer, orderId),
        attributes: orderAttributes(orderId),
      };
    });
  }
  return orders;
}
