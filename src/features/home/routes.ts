import type { RouteObject } from 'react-router';
import { prefetchLatestAnnouncements } from '@/features/announcements';
import type { HeadingHandle } from '@/lib/route-heading';
import type { PrefetchHandle } from '@/lib/route-prefetch';
import { homeHeading } from './page-headings';

export const homeRoutes: RouteObject[] = [
  {
    index: true,
    lazy: () => import('./routes/home-route'),
    handle: {
      prefetch: prefetchLatestAnnouncements,
      heading: homeHeading,
    } satisfies PrefetchHandle & HeadingHandle,
  },
];
