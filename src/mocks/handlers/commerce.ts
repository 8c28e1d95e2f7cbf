import { purchaseHandlers } from './purchases';
import { subscriptionHandlers } from './subscriptions';
import { transitionHandlers } from './transitions';

/**
 * The commerce endpoints, in matching order: a fixed path (`subscriptions/customTermEndDates`) comes
 * before the by-id route that would read it as a subscription id.
 */
export const commerceHandlers = [...purchaseHandlers, ...subscriptionHandlers, ...transitionHandlers];
