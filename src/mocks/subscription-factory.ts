import type { BillingCycle, Subscription, TermDuration } from '@/lib/api-types/catalog';
import { changeWindowEnd, termEndDate } from '@/lib/commerce-rules';
import { availabilityId, findSkuFixture } from './catalog';

/** The demo partner's id as reseller of record on its own subscriptions. */
export const partnerId = '4d5b7a9c-2f3e-4b1a-9c8d-7e6f5a4b3c2d';

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
    partnerId,
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
