import { lazy, Suspense } from 'react';

// The shell imports the feature's entry for the badge: the card's code stays out of its chunk.
const Card = lazy(() => import('./latest-announcements-card'));

/** Home's "Latest announcements" card: the newest entries, each linking to its permalink. */
export function LatestAnnouncementsCard({ size }: { size?: number }) {
  return (
    <Suspense fallback={null}>
      <Card size={size} />
    </Suspense>
  );
}
