import type { RouteObject } from 'react-router';

export const catalogRoutes: RouteObject[] = [
  { path: 'catalog', lazy: () => import('./routes/catalog-route') },
];
