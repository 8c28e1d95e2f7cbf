import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { toSupportedLanguage } from '@/lib/locale';
import { latestAnnouncementsQuery } from '../api';

/** How many entries Home's card shows. */
export const latestCount = 3;

/**
 * Asks for the card's entries as soon as home shows, instead of once the card renders:
 * every role may read announcements, so they need not wait for the signed-in role to be known.
 */
export function usePreloadLatestAnnouncements(size = latestCount) {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const language = toSupportedLanguage(i18n.language);
  useEffect(() => {
    void queryClient.prefetchQuery(latestAnnouncementsQuery(size, language));
  }, [queryClient, language, size]);
}
