/**
 * The customer's new-commerce subscriptions as the commerce endpoints read and answer them: renewed
 * when the clock passes a term's end, and shaped as Partner Center answers them.
 */
import type { Link } from '@/lib/api-types/common';
import type { CustomTermEndDate, Subscription, TermDuration } from '@/lib/api-types/catalog';
import { now } from '@/lib/clock';
import { changeWindowEnd, isWithin, projectedEnd, renewalAt, termEndDate } from '@/lib/commerce-rules';
import { newGuid } from '@/lib/ids';
import { catalogFixtures } from './catalog';
import { getDb } from './db/database';
import { pcError } from './http';
import { countryOf } from './purchase-rules';
import { subscriptionResource } from './subscription-factory';
import { findCustomer } from './handlers/customers';

export function subscriptionsOf(customerId: string): Subscription[] {
  const db = getDb();
  db.subscriptions[customerId] ??= [];
  const items = db.subscriptions[customerId];
  const at = now();
  for (const subscription of items) renewIfDue(subscription, at);
  return items;
}

/**
 * Renewal, applied when the clock has passed a term's end: an auto-renewing subscription starts
 * a new term (with its scheduled next-term instructions: quantity, coterm end date) and a new
 * 168-hour window; one that does not renew expires. This is where coterm takes effect.
 */
function renewIfDue(subscription: Subscription, at: Date): void {
  for (let guard = 0; guard < 100; guard += 1) {
    if (subscription.status !== 'active' || renewalAt(subscription.commitmentEndDate) > at) return;
    const start = renewalAt(subscription.commitmentEndDate);
    if (!subscription.autoRenewEnabled) {
      subscription.status = 'expired';
      rotate(subscription);
      return;
    }
    const instructions = subscription.scheduledNextTermInstructions;
    const windowEnd = changeWindowEnd(start).toISOString();
    if (instructions) subscription.quantity = instructions.quantity;
    subscription.effectiveStartDate = start.toISOString().slice(0, 10);
    subscription.commitmentEndDate = instructions?.customTermEndDate
      ? isoDay(instructions.customTermEndDate)
      : termEndDate(start, subscription.termDuration);
    subscription.cancellationAllowedUntilDate = windowEnd;
    subscription.refundableQuantity = {
      totalQuantity: subscription.quantity,
      details: [{ quantity: subscription.quantity, allowedUntilDateTime: windowEnd }],
    };
    delete subscription.scheduledNextTermInstructions;
    rotate(subscription);
  }
}

export const subscriptionNotFound = (subscriptionId: string) =>
  pcError({ status: 404, code: 20003, description: `Subscription ${subscriptionId} was not found.` });

export function rotate(subscription: Subscription): void {
  subscription.attributes.etag = newGuid().replace(/-/g, '').slice(0, 16);
}

/** The tenant licence this partner's subscription counts in. */
export function licenceOf(customerId: string, subscription: Subscription) {
  return getDb().subscribedSkus[customerId]?.find(
    (item) =>
      subscription.offerId.startsWith(`${item.productId}:${item.skuId}:`) && item.channel === 'thisPartner',
  );
}

/** Seats still inside their own 168-hour window, and the batches that remain. */
export function refundable(subscription: Subscription, at: Date) {
  const details = (subscription.refundableQuantity?.details ?? []).filter((batch) =>
    isWithin(batch.allowedUntilDateTime, at),
  );
  return { totalQuantity: details.reduce((sum, batch) => sum + batch.quantity, 0), details };
}

export const baseSkuOf = (subscription: Subscription) =>
  subscription.offerId.split(':').slice(0, 2).join(':');

/** Whether the catalog sells an add-on for this subscription's product and SKU. */
function hasPurchasableAddons(subscription: Subscription): boolean {
  const base = baseSkuOf(subscription);
  return catalogFixtures().some((product) => product.skus.some((sku) => sku.prerequisites?.includes(base)));
}

/** Every answer that carries a subscription: its documented shape as of now. */
export function answerOf(subscription: Subscription, customerId: string): Subscription {
  const at = now();
  const resource = subscriptionResource(subscription, subscriptionsOf(customerId), at);
  const customer = findCustomer(customerId);
  return {
    ...resource,
    hasPurchasableAddons: hasPurchasableAddons(subscription),
    refundableQuantity: refundable(subscription, at),
    links: customer ? catalogLinksIn(countryOf(customer), resource.links) : resource.links,
  };
}

/**
 * The catalog is per market: the reference's subscriptions link their product, SKU and
 * availability with the customer's `?country=`, the parameter those endpoints require.
 */
export function catalogLinksIn<T extends { product?: Link; sku?: Link; availability?: Link }>(
  country: string,
  links: T,
): T {
  const inMarket = (link: Link | undefined) =>
    link && !link.uri.includes('?') ? { ...link, uri: `${link.uri}?country=${country}` } : link;
  return {
    ...links,
    ...(links.product ? { product: inMarket(links.product) } : {}),
    ...(links.sku ? { sku: inMarket(links.sku) } : {}),
    ...(links.availability ? { availability: inMarket(links.availability) } : {}),
  };
}

export const isoDay = (value: string) => value.slice(0, 10);

/**
 * The end dates a subscription bought on `termStart` for `term` may be aligned to: the end of the
 * term, the last day of a month inside it, and the end dates of the customer's other active
 * subscriptions that fall inside the first term (annual terms cannot follow a monthly one).
 */
export function customTermEndDates(
  customerId: string,
  term: TermDuration,
  termStart: string,
  excludeId?: string,
) {
  const lastDay = termEndDate(termStart, term);
  const items: CustomTermEndDate[] = [];
  const end = new Date(`${lastDay}T00:00:00Z`);
  const monthEnd = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 0));
  if (isoDay(monthEnd.toISOString()) > isoDay(termStart)) {
    items.push({
      allowedCustomTermEndDateType: 'calendarMonthAligned',
      allowedCustomTermEndDate: `${isoDay(monthEnd.toISOString())}T00:00:00`,
    });
  }
  const byDate = new Map<string, string[]>();
  for (const other of subscriptionsOf(customerId)) {
    if (other.id === excludeId || other.status !== 'active' || other.isTrial) continue;
    if (term !== 'P1M' && other.termDuration === 'P1M') continue;
    // A term starting after the other's current end aligns with the end it will have renewed to.
    const otherEnd = projectedEnd(other, isoDay(termStart));
    if (otherEnd <= isoDay(termStart) || otherEnd > lastDay) continue;
    byDate.set(otherEnd, [...(byDate.get(otherEnd) ?? []), other.id]);
  }
  for (const [date, subscriptionIds] of byDate) {
    items.push({
      allowedCustomTermEndDateType: 'subscriptionAligned',
      allowedCustomTermEndDate: `${date}T00:00:00`,
      cotermSubscriptionIds: subscriptionIds,
    });
  }
  return items;
}
