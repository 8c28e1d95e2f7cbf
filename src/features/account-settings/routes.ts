import { redirect, type RouteObject } from 'react-router';

/**
 * Account settings: one layout with its own left navigation. Groups and applications sit under
 * `users/` (User management) as static segments, so `users/:userId` still opens any user.
 */
export const accountSettingsRoutes: RouteObject[] = [
  {
    path: 'settings/account',
    lazy: () => import('./routes/settings-layout'),
    children: [
      { index: true, loader: () => redirect('/settings/account/legal') },
      { path: 'legal', lazy: () => import('./routes/legal-route') },
      { path: 'tenants', lazy: () => import('./routes/tenants-route') },
      { path: 'identifiers', lazy: () => import('./routes/identifiers-route') },
      { path: 'users', lazy: () => import('./routes/users-route') },
      { path: 'users/groups', lazy: () => import('./routes/groups-route') },
      { path: 'users/groups/:groupId', lazy: () => import('./routes/group-route') },
      { path: 'users/apps', lazy: () => import('./routes/apps-route') },
      { path: 'users/import', lazy: () => import('./routes/user-import-route') },
      { path: 'users/:userId', lazy: () => import('./routes/user-route') },
    ],
  },
];
