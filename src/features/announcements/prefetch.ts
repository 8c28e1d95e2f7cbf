import type { PrefetchContext } from '@/lib/route-prefetch';

/** How many entries Home's card shows. */
export const latestCount = 3;

/**
 * Home's card's entries, asked for as the navigation to Home starts (its route's prefetch) instead
 * of once the card renders: every role may read announcements, so they need not wait for the
 * signed-in role to be known either.
 */
export const prefetchLatestAnnouncements = ({ queryClient, language }: PrefetchContext) =>
  import('./api').then(({ latestAnnouncementsQuery }) =>
    queryClient.prefetchQuery(latestAnnouncementsQuery(latestCount, language)),
  );
