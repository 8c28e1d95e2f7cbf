import type { RouteObject } from 'react-router';
import type { HeadingHandle } from '@/lib/route-heading';
import type { PrefetchHandle } from '@/lib/route-prefetch';
import { announcementsHeading } from './page-headings';
import { monthPattern } from './use-feed-filters';

/**
 * `/announcements` opens the newest month; `/announcements/2020-11/<slug>` is an entry's permalink.
 * One route for the three, so that going from one to another (opening the newest month, following
 * a permalink) keeps the page mounted. The months, the shown month's entries and the categories are
 * asked for as the navigation starts, as the page itself asks for them.
 */
export const announcementsRoutes: RouteObject[] = [
  {
    path: 'announcements/:month?/:slug?',
    lazy: () => import('./routes/announcements-route'),
    handle: {
      heading: announcementsHeading,
      prefetch: ({ queryClient, language }, { month }) =>
        import('./api').then((api) =>
          Promise.all([
            queryClient.prefetchQuery(api.monthsQuery()),
            month === undefined
              ? queryClient.prefetchQuery(api.newestMonthAnnouncementsQuery(language))
              : monthPattern.test(month) &&
                queryClient.prefetchQuery(api.monthAnnouncementsQuery(month, language)),
            queryClient.prefetchQuery(api.categoriesQuery(language)),
          ]),
        ),
    } satisfies PrefetchHandle & HeadingHandle,
  },
];
