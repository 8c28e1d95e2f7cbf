import type { RouteObject } from 'react-router';

export const renewalsRoutes: RouteObject[] = [
  { path: 'renewals', lazy: () => import('./routes/renewals-route') },
  { path: 'renewals/alignment', lazy: () => import('./routes/alignment-route') },
  { path: 'renewals/cancellable', lazy: () => import('./routes/cancellable-route') },
];
