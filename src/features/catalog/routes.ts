import type { RouteObject } from 'react-router';
import type { HeadingHandle } from '@/lib/route-heading';
import { catalogHeading } from './page-headings';

export const catalogRoutes: RouteObject[] = [
  {
    path: 'catalog',
    lazy: () => import('./routes/catalog-route'),
    handle: { heading: catalogHeading } satisfies HeadingHandle,
  },
  { path: 'catalog/cart', lazy: () => import('./routes/cart-route') },
  { path: 'catalog/:productId/:skuId', lazy: () => import('./routes/sku-route') },
];
