import type { RouteObject } from 'react-router';

const page = () => import('./routes/announcements-route');

/** `/announcements` opens the newest month; `/announcements/2020-11/<slug>` is an entry's permalink. */
export const announcementsRoutes: RouteObject[] = [
  { path: 'announcements', lazy: page },
  { path: 'announcements/:month', lazy: page },
  { path: 'announcements/:month/:slug', lazy: page },
];
