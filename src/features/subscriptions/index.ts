export { subscriptionsRoutes } from './routes';
export {
  cotermDatesQuery,
  fetchCotermDates,
  fetchSubscriptions,
  nextTermStart,
  patchSubscription,
  subscriptionKeys,
  subscriptionsQuery,
} from './api';
