import type { RouteObject } from 'react-router';

export const accountSettingsRoutes: RouteObject[] = [
  { path: 'settings/account', lazy: () => import('./routes/account-settings-route') },
];
