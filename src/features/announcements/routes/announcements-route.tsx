import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircle20Regular } from '@fluentui/react-icons';
import { usePrefetchQuery, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useNotify } from '@/components/notify';
import { PageHeader } from '@/components/page-header';
import type { Announcement, AnnouncementMonth } from '@/lib/api-types/announcements';
import { errorMessage } from '@/lib/error-message';
import { toSupportedLanguage, useFormatters } from '@/lib/locale';
import {
  categoriesQuery,
  monthAnnouncementsQuery,
  monthsQuery,
  newestMonthAnnouncementsQuery,
  useMarkRead,
} from '../api';
import { AnnouncementEntry, entryElementId } from '../components/announcement-entry';
import { FeedFiltersBar } from '../components/feed-filters';
import { SearchQueryContext } from '../components/highlighted';
import { MonthNav } from '../components/month-nav';
import { inCategory, matchEntry, normalizeQuery } from '../search';
import { monthDate, monthPattern, useFeedFilters } from '../use-feed-filters';
import { AppLink } from '@/components/app-link';
import { announcementsHeading } from '../page-headings';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: '200px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 960px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  count: { display: 'block', marginBottom: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  feed: { minWidth: 0 },
  notice: { marginBottom: tokens.spacingVerticalM },
});

export function Component() {
  const { t, i18n } = useTranslation('announcements');
  const language = toSupportedLanguage(i18n.language);
  const { month, slug } = useParams();
  const { search } = useFeedFilters();
  const styles = useStyles();
  const months = useQuery(monthsQuery());
  const newest = months.data?.[0]?.id;
  // The feed's data is asked for beside the months, not once they have come back.
  const newestEntries = useQuery({ ...newestMonthAnnouncementsQuery(language), enabled: !month });
  useQuery({
    ...monthAnnouncementsQuery(month ?? '', language),
    enabled: month !== undefined && monthPattern.test(month),
  });
  usePrefetchQuery(categoriesQuery(language));

  // `/announcements` opens the newest month, with the month in the URL like every other view. It
  // shows that month at once, with its entries in hand, or without them from their first failure
  // (the month's feed then asks for them itself, instead of waiting out the retries). The same route
  // then carries on under the month's URL without mounting the feed again.
  const opensNewest =
    !month && newest !== undefined && (!newestEntries.isPending || newestEntries.failureCount > 0);
  // The feed is the page's heaviest render: when data (not a navigation, which React already
  // slices) brings it, it comes as a background render instead of one long task.
  const shownMonth = useDeferredValue(month ?? (opensNewest ? newest : undefined), undefined);
  return (
    <>
      {opensNewest ? <Navigate to={{ pathname: `/announcements/${newest}`, search }} replace /> : null}
      <PageHeader
        title={t(announcementsHeading.title)}
        description={t(announcementsHeading.description)}
        actions={<MarkAllReadButton months={months.data} />}
      />
      {months.error ? (
        <ErrorState error={months.error} onRetry={() => void months.refetch()} />
      ) : !months.data || !shownMonth ? (
        <FeedSkeleton />
      ) : (
        <div className={styles.layout}>
          <MonthNav months={months.data} current={shownMonth} search={search} />
          <div className={styles.feed}>
            {months.data.some((m) => m.id === shownMonth) ? (
              <MonthFeed key={shownMonth} month={shownMonth} slug={slug} />
            ) : (
              <UnknownMonth month={shownMonth} newest={newest} />
            )}
          </div>
        </div>
      )}
    </>
  );
}

function MarkAllReadButton({ months }: { months: AnnouncementMonth[] | undefined }) {
  const { t } = useTranslation('announcements');
  const { t: tCommon } = useTranslation();
  const notify = useNotify();
  const markRead = useMarkRead();
  const unread = months?.reduce((sum, month) => sum + month.unreadCount, 0) ?? 0;
  return (
    <Button
      icon={<CheckmarkCircle20Regular />}
      disabled={unread === 0 || markRead.isPending}
      onClick={() =>
        markRead.mutate(
          { all: true },
          {
            onSuccess: () => notify(t('allMarkedRead')),
            onError: (error) => notify(errorMessage(error, tCommon), 'error'),
          },
        )
      }
    >
      {t('markAllRead')}
    </Button>
  );
}

function FeedSkeleton() {
  const styles = useStyles();
  const { t } = useTranslation();
  // Fluent's Skeleton is a progressbar: it needs a name (axe: aria-progressbar-name).
  return (
    <Skeleton className={styles.skeleton} aria-busy aria-label={t('states.loading')}>
      {[0, 1, 2, 3].map((i) => (
        <SkeletonItem key={i} size={48} />
      ))}
    </Skeleton>
  );
}

function UnknownMonth({ month, newest }: { month: string; newest: string | undefined }) {
  const { t } = useTranslation('announcements');
  const format = useFormatters();
  const label = monthPattern.test(month)
    ? format.date(monthDate(month), { month: 'long', year: 'numeric' })
    : month;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {t('notFound.month', { month: label })}{' '}
        {newest ? <AppLink to={`/announcements/${newest}`}>{t('notFound.latest')}</AppLink> : null}
      </MessageBarBody>
    </MessageBar>
  );
}

function MonthFeed({ month, slug }: { month: string; slug: string | undefined }) {
  const { t, i18n } = useTranslation('announcements');
  const language = toSupportedLanguage(i18n.language);
  const format = useFormatters();
  const styles = useStyles();
  const { filters, setFilter, clear } = useFeedFilters();
  const entries = useQuery(monthAnnouncementsQuery(month, language));
  const categories = useQuery(categoriesQuery(language));
  const markRead = useMarkRead();
  const monthLabel = format.date(monthDate(month), { month: 'long', year: 'numeric' });

  // What the reader opened or closed by hand; everything else follows the defaults below.
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  const toggleRefs = useRef(new Map<string, HTMLButtonElement>());

  const query = normalizeQuery(filters.q) ? filters.q : '';
  const visible = useMemo(() => {
    const result: { entry: Announcement; bodyMatch: boolean }[] = [];
    for (const entry of entries.data ?? []) {
      if (!inCategory(entry, filters.category)) continue;
      const match = matchEntry(entry, query);
      if (match) result.push({ entry, bodyMatch: match.inHiddenBody });
    }
    return result;
  }, [entries.data, filters.category, query]);

  const permalinked = entries.data?.find((entry) => entry.slug === slug);

  // A permalink opens its entry: expanded, scrolled into view, focused and marked read, once.
  const openedSlug = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!permalinked || openedSlug.current === permalinked.slug) return;
    openedSlug.current = permalinked.slug;
    const toggle = toggleRefs.current.get(permalinked.id);
    document.getElementById(entryElementId(permalinked))?.scrollIntoView({ block: 'start' });
    toggle?.focus({ preventScroll: true });
    if (!permalinked.isRead) markRead.mutate({ ids: [permalinked.id] });
  }, [permalinked, markRead]);

  if (entries.error) return <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />;
  if (!entries.data) return <FeedSkeleton />;

  const isExpanded = (entry: Announcement, bodyMatch: boolean) =>
    toggled[entry.id] ?? (entry.slug === slug || (query !== '' && bodyMatch));

  const toggle = (entry: Announcement, expanded: boolean) => {
    setToggled((previous) => ({ ...previous, [entry.id]: !expanded }));
    if (!expanded && !entry.isRead) markRead.mutate({ ids: [entry.id] });
  };

  const filtered = Boolean(query || filters.category);
  const total = entries.data.length;

  return (
    <SearchQueryContext.Provider value={query}>
      <FeedFiltersBar
        filters={filters}
        categories={categories.data ?? []}
        topicIds={new Set(entries.data.flatMap((entry) => entry.topics.map((topic) => topic.id)))}
        onChange={setFilter}
        onClear={clear}
      />
      {slug && !permalinked ? (
        <MessageBar intent="warning" layout="multiline" className={styles.notice}>
          <MessageBarBody>{t('notFound.entry', { slug, month: monthLabel })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text role="status" className={styles.count}>
        {filtered
          ? t('filters.filteredCount', { count: visible.length, total })
          : t('filters.count', { count: total })}
      </Text>
      {visible.length === 0 && filtered ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t('filters.noMatch', { month: monthLabel })}{' '}
            <Button appearance="transparent" size="small" onClick={clear}>
              {t('filters.clear')}
            </Button>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {visible.map(({ entry, bodyMatch }) => {
        const expanded = isExpanded(entry, bodyMatch);
        return (
          <AnnouncementEntry
            key={entry.id}
            ref={(element) => {
              if (element) toggleRefs.current.set(entry.id, element);
              else toggleRefs.current.delete(entry.id);
            }}
            entry={entry}
            expanded={expanded}
            onToggle={() => toggle(entry, expanded)}
          />
        );
      })}
    </SearchQueryContext.Provider>
  );
}
