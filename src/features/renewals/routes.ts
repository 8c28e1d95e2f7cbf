import type { RouteObject } from 'react-router';
import type { HeadingHandle } from '@/lib/route-heading';
import { alignmentHeading, cancellableHeading, renewalsHeading } from './page-headings';

export const renewalsRoutes: RouteObject[] = [
  {
    path: 'renewals',
    lazy: () => import('./routes/renewals-route'),
    handle: { heading: renewalsHeading } satisfies HeadingHandle,
  },
  {
    path: 'renewals/alignment',
    lazy: () => import('./routes/alignment-route'),
    handle: { heading: alignmentHeading } satisfies HeadingHandle,
  },
  {
    path: 'renewals/cancellable',
    lazy: () => import('./routes/cancellable-route'),
    handle: { heading: cancellableHeading } satisfies HeadingHandle,
  },
];
