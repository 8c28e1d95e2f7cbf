import type { RouteObject } from 'react-router';

export const announcementsRoutes: RouteObject[] = [
  { path: 'announcements', lazy: () => import('./routes/announcements-route') },
];
