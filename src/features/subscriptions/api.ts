import { queryOptions } from '@tanstack/react-query';
import { api, apiRequest, type Collection } from '@/lib/api-client';
import type {
  CustomTermEndDate,
  Subscription,
  Transition,
  TransitionEligibility,
} from '@/lib/api-types/catalog';

export const subscriptionKeys = {
  all: ['subscriptions'] as const,
  list: (customerId: string) => [...subscriptionKeys.all, 'list', customerId] as const,
  coterm: (customerId: string, subscriptionId: string) =>
    [...subscriptionKeys.all, 'coterm', customerId, subscriptionId] as const,
};

export function fetchSubscriptions(customerId: string, signal?: AbortSignal) {
  return api
    .get<Collection<Subscription>>(`/v1/customers/${customerId}/subscriptions`, { signal })
    .then((collection) => collection.items);
}

export const subscriptionsQuery = (customerId: string) =>
  queryOptions({
    queryKey: subscriptionKeys.list(customerId),
    queryFn: ({ signal }) => fetchSubscriptions(customerId, signal),
  });

/** The dates Partner Center would accept as the add-on's custom term end, aligned with `baseId`. */
export function fetchCotermDates(
  customerId: string,
  addon: Subscription,
  baseId: string,
  signal?: AbortSignal,
) {
  return api
    .get<Collection<CustomTermEndDate>>(`/v1/customers/${customerId}/subscriptions/customTermEndDates`, {
      query: {
        term_duration: addon.termDuration,
        term_start_date: nextTermStart(addon),
        target_coterm_subscription_id: baseId,
      },
      signal,
    })
    .then((collection) => collection.items);
}

export const cotermDatesQuery = (customerId: string, addon: Subscription, baseId: string) =>
  queryOptions({
    queryKey: subscriptionKeys.coterm(customerId, addon.id),
    queryFn: ({ signal }) => fetchCotermDates(customerId, addon, baseId, signal),
  });

/** Coterm applies to the next term, which starts the day after the current one ends. */
export function nextTermStart(subscription: Subscription): string {
  const next = new Date(`${subscription.commitmentEndDate.slice(0, 10)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

/** PATCH with the subscription's ETag, as Partner Center expects for subscription changes. */
export function patchSubscription(
  customerId: string,
  subscription: Subscription,
  changes: Partial<Subscription>,
) {
  return apiRequest<Subscription>(`/v1/customers/${customerId}/subscriptions/${subscription.id}`, {
    method: 'PATCH',
    body: { ...subscription, ...changes },
    ifMatch: subscription.attributes.etag,
  }).then((response) => response.data);
}

/** Coterm as Partner Center does it: the add-on's next term ends on `date` (applied at renewal). */
export function scheduleCoterm(customerId: string, addon: Subscription, date: string) {
  const [productId = '', skuId = '', availabilityId = ''] = addon.offerId.split(':');
  return patchSubscription(customerId, addon, {
    scheduledNextTermInstructions: {
      product: {
        productId,
        skuId,
        availabilityId,
        billingCycle: addon.billingCycle,
        termDuration: addon.termDuration,
      },
      quantity: addon.quantity,
      customTermEndDate: `${date}T00:00:00`,
    },
  });
}

export const transitionEligibilitiesQuery = (customerId: string, subscriptionId: string) =>
  queryOptions({
    queryKey: [...subscriptionKeys.all, 'transitions', customerId, subscriptionId] as const,
    queryFn: ({ signal }) =>
      api
        .get<Collection<TransitionEligibility>>(
          `/v1/customers/${customerId}/subscriptions/${subscriptionId}/transitionEligibilities`,
          { query: { eligibilityType: 'immediate' }, signal },
        )
        .then((collection) => collection.items),
  });

/** Executes a new-commerce upgrade (a "transition") of all the subscription's seats. */
export function upgradeSubscription(customerId: string, subscription: Subscription, toCatalogItemId: string) {
  const body: Transition = {
    fromCatalogItemId: subscription.offerId,
    toCatalogItemId,
    fromSubscriptionId: subscription.id,
    quantity: subscription.quantity,
    termDuration: subscription.termDuration,
    billingCycle: subscription.billingCycle,
    transitionType: 'transition_only',
  };
  return api.post<Transition>(
    `/v1/customers/${customerId}/subscriptions/${subscription.id}/transitions`,
    body,
  );
}
