import type { BillingCycle, Subscription, TermDuration } from '@/lib/api-types/catalog';
import { addMonths, changeWindowEnd, isWithin, termEndDate } from '@/lib/commerce-rules';
import { availabilityId, findSkuFixture } from './catalog';
import { commercialTenantId } from './db/account-profile';
import { seededEtag } from './db/seed-ids';

/** An order's links, as get-an-order-by-id's sample shows them: itself and its provisioning status. */
export function orderLinks(customerId: string, orderId: string) {
  const self = `/customers/${customerId}/orders/${orderId}`;
  return {
    provisioningStatus: { uri: `${self}/provisioningstatus`, method: 'GET' as const, headers: [] },
    self: { uri: self, method: 'GET' as const, headers: [] },
  };
}

/**
 * An order's attributes, with the ETag get-all-of-a-customer-s-orders' sample gives each order. An
 * order never changes once placed, so its ETag follows from its id alone.
 */
export function orderAttributes(orderId: string) {
  return { objectType: 'Order' as const, etag: seededEtag(`order:${orderId}`, 1) };
}

export interface NewSubscription {
  id: string;
  customerId: string;
  productId: string;
  skuId: string;
  term: TermDuration;
  billingCycle: BillingCycle;
  quantity: number;
  purchasedAt: string;
  orderId: string;
  promotionId?: string;
  autoRenewEnabled?: boolean;
}

/** A new-commerce subscription as Partner Center returns it right after provisioning. */
export function createSubscription(input: NewSubscription): Subscription {
  const found = findSkuFixture(input.productId, input.skuId);
  if (!found) throw new Error(`Unknown SKU ${input.productId}:${input.skuId}`);
  const avId = availabilityId(input.productId, input.skuId, input.term);
  const windowEnd = changeWindowEnd(input.purchasedAt).toISOString();
  const base = `/customers/${input.customerId}/subscriptions/${input.id}`;
  const linkTo = (uri: string) => ({ uri, method: 'GET', headers: [] });
  return {
    id: input.id,
    offerId: `${input.productId}:${input.skuId}:${avId}`,
    offerName: found.sku.title,
    friendlyName: found.sku.title,
    productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
    quantity: input.quantity,
    unitType: 'Licenses',
    hasPurchasableAddons: false,
    creationDate: input.purchasedAt,
    effectiveStartDate: input.purchasedAt.slice(0, 10),
    commitmentEndDate: termEndDate(input.purchasedAt, input.term),
    cancellationAllowedUntilDate: windowEnd,
    status: 'active',
    autoRenewEnabled: input.autoRenewEnabled ?? true,
    isTrial: false,
    billingType: 'license',
    billingCycle: input.billingCycle,
    termDuration: input.term,
    // New-commerce subscriptions renew into the same term unless scheduled otherwise.
    renewalTermDuration: input.term,
    refundOptions: [
      { type: 'Full', expiresAt: new Date(new Date(input.purchasedAt).getTime() + 86_400_000).toISOString() },
      { type: 'Partial', expiresAt: windowEnd },
    ],
    refundableQuantity: {
      totalQuantity: input.quantity,
      details: [{ quantity: input.quantity, allowedUntilDateTime: windowEnd }],
    },
    isMicrosoftProduct: found.product.publisherName === 'Microsoft Corporation',
    publisherName: found.product.publisherName,
    // The partner's CSP tenant, as its agreements and audit records name it.
    partnerId: commercialTenantId,
    contractType: 'subscription',
    ...(input.promotionId ? { promotionId: input.promotionId } : {}),
    orderId: input.orderId,
    links: {
      product: linkTo(`/products/${input.productId}`),
      sku: linkTo(`/products/${input.productId}/skus/${input.skuId}`),
      availability: linkTo(`/products/${input.productId}/skus/${input.skuId}/availabilities/${avId}`),
      self: linkTo(base),
    },
    attributes: { objectType: 'Subscription', etag: `${input.id.slice(0, 8)}-1` },
  };
}

const dayMs = 86_400_000;

const billingPeriodMonths: Partial<Record<BillingCycle, number>> = { monthly: 1, annual: 12, triennial: 36 };

/**
 * The last day of the billing period `at` falls in: periods run from the term's start in steps of
 * the billing cycle and never past the term's (possibly cotermed) end.
 */
export function billingCycleEndDate(subscription: Subscription, at: Date): string {
  const termEnd = subscription.commitmentEndDate.slice(0, 10);
  const months = billingPeriodMonths[subscription.billingCycle];
  if (!months) return termEnd;
  const today = at.toISOString().slice(0, 10);
  const start = subscription.effectiveStartDate.slice(0, 10);
  for (let period = 1; period <= 400; period += 1) {
    const next = addMonths(start, period * months);
    const end = new Date(Date.parse(`${next}T00:00:00Z`) - dayMs).toISOString().slice(0, 10);
    if (end >= termEnd) return termEnd;
    if (end >= today) return end;
  }
  return termEnd;
}

/** An add-on's base: the customer's subscription to one of the SKUs the add-on requires. */
export function parentSubscriptionOf(
  subscription: Subscription,
  siblings: readonly Subscription[],
): Subscription | undefined {
  const [productId = '', skuId = ''] = subscription.offerId.split(':');
  const prerequisites = findSkuFixture(productId, skuId)?.sku.prerequisites ?? [];
  if (prerequisites.length === 0) return undefined;
  const bases = siblings.filter(
    (other) =>
      other.id !== subscription.id && prerequisites.includes(other.offerId.split(':').slice(0, 2).join(':')),
  );
  return bases.find((base) => base.status === 'active') ?? bases[0];
}

/** Edit while live; cancel only inside the cancellation window of an active subscription. */
function actionsOf(subscription: Subscription, at: Date): string[] {
  if (subscription.status !== 'active' && subscription.status !== 'suspended') return [];
  const cancellable =
    subscription.status === 'active' &&
    !!subscription.cancellationAllowedUntilDate &&
    isWithin(subscription.cancellationAllowedUntilDate, at);
  return cancellable ? ['edit', 'cancel'] : ['edit'];
}

/**
 * A stored subscription as the API answers it: the documented fields that follow from its state
 * (entitlement, parent, end date-times, billing period end, allowed actions, suspension reasons)
 * computed at answer time, so records saved before a field existed answer in full too.
 */
export function subscriptionResource(
  subscription: Subscription,
  siblings: readonly Subscription[],
  at: Date,
): Subscription {
  const parent = parentSubscriptionOf(subscription, siblings);
  const cycleEnd = billingCycleEndDate(subscription, at);
  return {
    ...subscription,
    // A licence subscription has no Azure subscription behind it: its entitlement is itself.
    entitlementId: subscription.entitlementId ?? subscription.id,
    parentSubscriptionId: parent?.id ?? '',
    commitmentEndDateTime: `${subscription.commitmentEndDate.slice(0, 10)}T23:59:59Z`,
    billingCycleEndDate: cycleEnd,
    billingCycleEndDateTime: `${cycleEnd}T23:59:59Z`,
    actions: actionsOf(subscription, at),
    suspensionReasons: subscription.suspensionReasons ?? [],
    links: {
      ...subscription.links,
      ...(parent ? { parentSubscription: { uri: parent.links.self.uri, method: 'GET', headers: [] } } : {}),
    },
  };
}
