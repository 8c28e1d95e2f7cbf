import type { RouteObject } from 'react-router';

export const customersRoutes: RouteObject[] = [
  { path: 'customers', lazy: () => import('./routes/customers-route') },
];
