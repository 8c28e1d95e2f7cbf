import type { RouteObject } from 'react-router';

export const customersRoutes: RouteObject[] = [
  { path: 'customers', lazy: () => import('./routes/customer-list-route') },
  { path: 'customers/new', lazy: () => import('./routes/new-customer-route') },
  { path: 'customers/:customerId/account', lazy: () => import('./routes/customer-account-route') },
];
