/**
 * Seed of the commerce slices: what each customer has provisioned (from every channel), this
 * partner's subscriptions, and empty carts/orders. Dates are fixed so the seed (and its
 * persistence fingerprint) does not change from one day to the next.
 */
import type { Cart, Order, ProvisioningChannel, Subscription, SubscribedSku } from '@/lib/api-types/catalog';
import { findSkuFixture } from '../catalog';
import { ids } from '../data/catalog';
import { createSubscription } from '../subscription-factory';
import { seededGuid } from './seed-ids';

export interface CommerceData {
  /** Licences in each customer's tenant, from any channel; keyed by customer id. */
  subscribedSkus: Record<string, SubscribedSku[]>;
  /** This partner's subscriptions, keyed by customer id. */
  subscriptions: Record<string, Subscription[]>;
  carts: Record<string, Cart[]>;
  orders: Record<string, Order[]>;
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
 * - Thames Valley Analytics, Ipanema Pagamentos, Sakura Precision: nothing provisioned (new to the cloud).
 */
export function seedCommerce(): CommerceData {
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

  return {
    subscribedSkus: {
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
      [rheinwerk]: [subscribed({ product: ids.businessStandard, units: 40, channel: 'thisPartner' })],
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
      ],
    },
    carts: {},
    orders: {},
  };
}
