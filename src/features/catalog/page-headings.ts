import type { PageHeading } from '@/lib/route-heading';

/** The catalog's heading: its route shows it while the page loads (first visit). */
export const catalogHeading = {
  ns: 'catalog',
  title: 'title',
  description: 'intro',
} as const satisfies PageHeading;
