import type { PageHeading } from '@/lib/route-heading';

/** The feed's heading: its route shows it while the page loads (first visit). */
export const announcementsHeading = {
  ns: 'announcements',
  title: 'title',
  description: 'description',
} as const satisfies PageHeading;
