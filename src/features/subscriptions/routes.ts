import type { RouteObject } from 'react-router';

export const subscriptionsRoutes: RouteObject[] = [
  { path: 'customers/:customerId/subscriptions', lazy: () => import('./routes/subscriptions-route') },
];
