import type { RouteObject } from 'react-router';
import { prefetchLatestAnnouncements } from '@/features/announcements';
import type { PrefetchHandle } from '@/lib/route-prefetch';

export const homeRoutes: RouteObject[] = [
  {
    index: true,
    lazy: () => import('./routes/home-route'),
    handle: { prefetch: prefetchLatestAnnouncements } satisfies PrefetchHandle,
  },
];
