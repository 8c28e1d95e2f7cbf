import type { PageHeading } from '@/lib/route-heading';

/** The headings of the renewals pages: their routes show them while the page loads (first visit). */
export const renewalsHeading = {
  ns: 'renewals',
  title: 'title',
  description: 'intro',
} as const satisfies PageHeading;

export const alignmentHeading = {
  ns: 'renewals',
  title: 'alignment.title',
  description: 'alignment.intro',
} as const satisfies PageHeading;

export const cancellableHeading = {
  ns: 'renewals',
  title: 'cancellable.title',
  description: 'cancellable.intro',
} as const satisfies PageHeading;
