import type { RouteObject } from 'react-router';

/** The customer's Activity tab, as a child route of the customer workspace (`activity`). */
export const customerActivityRoute: RouteObject = {
  path: 'activity',
  lazy: () => import('./routes/customer-activity-route'),
};

export const activityRoutes: RouteObject[] = [
  { path: 'activity', lazy: () => import('./routes/activity-route') },
  // Until the customer workspace hosts the tab, the page stands on its own at the same URL.
  { ...customerActivityRoute, path: 'customers/:customerId/activity' },
];
