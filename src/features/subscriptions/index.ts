export { subscriptionsTab } from './routes';
export {
  cotermDatesQuery,
  fetchCotermDates,
  fetchSubscriptions,
  nextTermStart,
  patchSubscription,
  scheduleCoterm,
  transitionEligibilitiesQuery,
  upgradeSubscription,
  subscriptionKeys,
  subscriptionsQuery,
} from './api';
export { QuantityDialog } from './components/quantity-dialog';
export { addonBase, productSkuKey, type AddonBase, type AddonFacts } from './addon-base';
