import type { RouteObject } from 'react-router';
import type { HeadingHandle } from '@/lib/route-heading';
import { activityHeading } from './page-headings';

/** The customer's Activity tab, as a child route of the customer workspace (`activity`). */
export const customerActivityTab = {
  path: 'activity',
  labelKey: 'activity:tab',
  lazy: () => import('./routes/customer-activity-route'),
};

export const activityRoutes: RouteObject[] = [
  {
    path: 'activity',
    lazy: () => import('./routes/activity-route'),
    handle: { heading: activityHeading } satisfies HeadingHandle,
  },
];
