import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { toSupportedLanguage } from '@/lib/locale';
import { latestAnnouncementsQuery } from '../api';

// The shell imports the feature's entry for the badge: the card's code stays out of its chunk.
const loadCard = () => import('./latest-announcements-card');
const Card = lazy(loadCard);

const latestCount = 3;

/** Home's "Latest announcements" card: the newest entries, each linking to its permalink. */
export function LatestAnnouncementsCard({ size = latestCount }: { size?: number }) {
  return (
    <Suspense fallback={null}>
      <Card size={size} />
    </Suspense>
  );
}

/**
 * Asks for the card's code and entries as soon as home shows, instead of once the card renders:
 * every role may read announcements, so they need not wait for the signed-in role to be known.
 */
export function usePreloadLatestAnnouncements(size = latestCount) {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const language = toSupportedLanguage(i18n.language);
  useEffect(() => {
    void loadCard();
    void queryClient.prefetchQuery(latestAnnouncementsQuery(size, language));
  }, [queryClient, language, size]);
}
