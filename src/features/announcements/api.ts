import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Collection } from '@/lib/api-client';
import type {
  Announcement,
  AnnouncementCategory,
  AnnouncementImpact,
  AnnouncementMonth,
  MarkAnnouncementsReadRequest,
  MarkAnnouncementsReadResponse,
} from '@/lib/api-types/announcements';
import { intlLocale, type SupportedLanguage } from '@/lib/locale';

export const announcementKeys = {
  all: ['announcements'] as const,
  months: () => [...announcementKeys.all, 'months'] as const,
  categories: (language: SupportedLanguage) => [...announcementKeys.all, 'categories', language] as const,
  lists: () => [...announcementKeys.all, 'list'] as const,
  month: (month: string, language: SupportedLanguage) =>
    [...announcementKeys.lists(), 'month', month, language] as const,
  latest: (size: number, language: SupportedLanguage) =>
    [...announcementKeys.lists(), 'latest', size, language] as const,
};

/**
 * Its own key, outside `announcementKeys.all`: the impact is computed from customers, not from the
 * feed, so nothing that changes the feed (marking entries read) concerns it.
 */
export const impactKey = (month: string, slug: string) => ['announcement-impact', month, slug] as const;

/** Which customers an entry concerns: computed from live data, so refetched whenever it is shown. */
export const impactQuery = (month: string, slug: string) =>
  queryOptions({
    queryKey: impactKey(month, slug),
    queryFn: ({ signal }) =>
      api.get<AnnouncementImpact>(
        `/v1/announcements/${encodeURIComponent(month)}/${encodeURIComponent(slug)}/impact`,
        { signal },
      ),
    staleTime: 0,
  });

export const monthsQuery = () =>
  queryOptions({
    queryKey: announcementKeys.months(),
    queryFn: ({ signal }) =>
      api.get<Collection<AnnouncementMonth>>('/v1/announcements/months', { signal }).then((c) => c.items),
  });

export const categoriesQuery = (language: SupportedLanguage) =>
  queryOptions({
    queryKey: announcementKeys.categories(language),
    queryFn: ({ signal }) =>
      api
        .get<Collection<AnnouncementCategory>>('/v1/announcements/categories', {
          query: { locale: intlLocale[language] },
          signal,
        })
        .then((c) => c.items),
    staleTime: Infinity,
    // A language switch keeps the old labels on screen until the new ones land: no flash.
    placeholderData: (previous) => previous,
  });

/** `month` is `YYYY-MM`. */
export const monthAnnouncementsQuery = (month: string, language: SupportedLanguage) =>
  queryOptions({
    queryKey: announcementKeys.month(month, language),
    queryFn: ({ signal }) =>
      api
        .get<Collection<Announcement>>('/v1/announcements', {
          query: {
            year: Number(month.slice(0, 4)),
            month: Number(month.slice(5, 7)),
            locale: intlLocale[language],
          },
          signal,
        })
        .then((c) => c.items),
    // A language switch keeps this month's entries on screen until the translation lands; a month
    // switch does not (the old month's entries under the new month's name would mislead).
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[3] === month ? previous : undefined,
  });

/**
 * The newest month's entries, asked for without knowing the month: `/announcements` sends this
 * beside the months list instead of after it, a round trip sooner. The answer is also filed under
 * its month's key, where the month's feed finds it once the URL names the month.
 */
export const newestMonthAnnouncementsQuery = (language: SupportedLanguage) =>
  queryOptions({
    queryKey: [...announcementKeys.lists(), 'newest-month', language] as const,
    queryFn: async ({ signal, client }) => {
      const { items } = await api.get<Collection<Announcement>>('/v1/announcements', {
        query: { newestMonth: true, locale: intlLocale[language] },
        signal,
      });
      const month = items[0]?.month;
      if (month) client.setQueryData(announcementKeys.month(month, language), items);
      return items;
    },
  });

export const latestAnnouncementsQuery = (size: number, language: SupportedLanguage) =>
  queryOptions({
    queryKey: announcementKeys.latest(size, language),
    queryFn: ({ signal }) =>
      api
        .get<Collection<Announcement>>('/v1/announcements', {
          query: { size, locale: intlLocale[language] },
          signal,
        })
        .then((c) => c.items),
    placeholderData: (previous) => previous,
  });

/**
 * Marks entries read. Optimistic: the entry loses its "Unread" mark and the badge drops at once;
 * a failure puts the cached answers back, and either way the server's truth is refetched.
 */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: MarkAnnouncementsReadRequest) =>
      api.post<MarkAnnouncementsReadResponse>('/v1/announcements/reads', request),
    onMutate: async (request) => {
      // Only what this update writes over, which onSettled asks for again. A first fetch cancelled
      // here is not retried by its observers: cancelling the categories as well left a permalink's
      // Category filter empty whenever the entry was marked read before they had arrived.
      await Promise.all([
        queryClient.cancelQueries({ queryKey: announcementKeys.lists() }),
        queryClient.cancelQueries({ queryKey: announcementKeys.months() }),
      ]);
      const previousLists = queryClient.getQueriesData<Announcement[]>({
        queryKey: announcementKeys.lists(),
      });
      const previousMonths = queryClient.getQueryData<AnnouncementMonth[]>(announcementKeys.months());
      const isTarget = (id: string) => request.all === true || (request.ids ?? []).includes(id);
      const newlyRead = new Map<string, number>();
      for (const [key, list] of previousLists) {
        if (!list) continue;
        queryClient.setQueryData<Announcement[]>(
          key,
          list.map((entry) => (isTarget(entry.id) ? { ...entry, isRead: true } : entry)),
        );
      }
      // Count per month only from entries known to be unread, so the badge never goes negative.
      const seen = new Set<string>();
      for (const [, list] of previousLists) {
        for (const entry of list ?? []) {
          if (seen.has(entry.id) || entry.isRead || !isTarget(entry.id)) continue;
          seen.add(entry.id);
          newlyRead.set(entry.month, (newlyRead.get(entry.month) ?? 0) + 1);
        }
      }
      if (previousMonths) {
        queryClient.setQueryData<AnnouncementMonth[]>(
          announcementKeys.months(),
          previousMonths.map((month) => ({
            ...month,
            unreadCount:
              request.all === true ? 0 : Math.max(0, month.unreadCount - (newlyRead.get(month.id) ?? 0)),
          })),
        );
      }
      return { previousLists, previousMonths };
    },
    onError: (_error, _request, context) => {
      for (const [key, list] of context?.previousLists ?? []) queryClient.setQueryData(key, list);
      if (context?.previousMonths)
        queryClient.setQueryData(announcementKeys.months(), context.previousMonths);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: announcementKeys.months() }),
        queryClient.invalidateQueries({ queryKey: announcementKeys.lists() }),
      ]),
  });
}
