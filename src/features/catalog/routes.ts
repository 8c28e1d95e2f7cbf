import type { RouteObject } from 'react-router';

export const catalogRoutes: RouteObject[] = [
  { path: 'catalog', lazy: () => import('./routes/catalog-route') },
  { path: 'catalog/cart', lazy: () => import('./routes/cart-route') },
  { path: 'catalog/:productId/:skuId', lazy: () => import('./routes/sku-route') },
];

/** The customer's subscriptions, a tab of the customer workspace (`/customers/:customerId/subscriptions`). */
export const subscriptionsTab = {
  path: 'subscriptions',
  labelKey: 'catalog:subscriptions.title',
  lazy: () => import('./routes/subscriptions-route'),
};
