import type { RouteObject } from 'react-router';

export const catalogRoutes: RouteObject[] = [
  { path: 'catalog', lazy: () => import('./routes/catalog-route') },
  { path: 'catalog/cart', lazy: () => import('./routes/cart-route') },
  { path: 'catalog/:productId/:skuId', lazy: () => import('./routes/sku-route') },
];
