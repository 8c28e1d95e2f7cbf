import type { RouteObject } from 'react-router';
import { accountSettingsRoutes } from '@/features/account-settings/routes';
import { activityRoutes, customerActivityTab } from '@/features/activity/routes';
import { announcementsRoutes } from '@/features/announcements/routes';
import { catalogRoutes } from '@/features/catalog/routes';
import {
  customerAccountTab,
  customerAgreementsTab,
  customerQualificationsTab,
  customersRoutes,
  customerWorkspaceRoute,
} from '@/features/customers/routes';
import { homeRoutes } from '@/features/home/routes';
import { renewalsRoutes } from '@/features/renewals/routes';
import { subscriptionsTab } from '@/features/subscriptions/routes';
import { NotFoundPage } from './routes/not-found-page';
import { RouteErrorPage } from './routes/route-error-page';
import { AppShell } from './shell/app-shell';
import { FirstPageFallback } from './shell/first-page-fallback';

/**
 * The whole route tree. Features contribute lazy route objects (one chunk per page); a pathless
 * child carries the error boundary so a failing page renders its error inside the shell.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        // While the first page's chunk loads, the router renders the routes above this one and
        // this in place of the page: the shell paints at once instead of after the page's chunk.
        HydrateFallback: FirstPageFallback,
        children: [
          ...homeRoutes,
          ...customersRoutes,
          // The customer workspace's tabs, in order; a tab from any feature is one entry here.
          customerWorkspaceRoute([
            customerAccountTab,
            subscriptionsTab,
            customerAgreementsTab,
            customerQualificationsTab,
            customerActivityTab,
          ]),
          ...catalogRoutes,
          ...renewalsRoutes,
          ...announcementsRoutes,
          ...accountSettingsRoutes,
          ...activityRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
