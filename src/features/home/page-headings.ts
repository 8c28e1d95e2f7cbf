import type { PageHeading } from '@/lib/route-heading';

/** The home page's heading: its route shows it while the page loads (first visit). */
export const homeHeading = {
  ns: 'home',
  title: 'title',
  description: 'intro',
} as const satisfies PageHeading;
