import type { RouteObject } from 'react-router';

/**
 * `/announcements` opens the newest month; `/announcements/2020-11/<slug>` is an entry's permalink.
 * One route for the three, so that going from one to another (opening the newest month, following
 * a permalink) keeps the page mounted.
 */
export const announcementsRoutes: RouteObject[] = [
  { path: 'announcements/:month?/:slug?', lazy: () => import('./routes/announcements-route') },
];
