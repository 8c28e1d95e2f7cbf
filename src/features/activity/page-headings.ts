import type { PageHeading } from '@/lib/route-heading';

/** The activity log's heading: its route shows it while the page loads (first visit). */
export const activityHeading = {
  ns: 'activity',
  title: 'title',
  description: 'description',
} as const satisfies PageHeading;
