import type { Meta, StoryObj } from '@storybook/react-vite';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fn } from 'storybook/test';
import { categoriesQuery, monthAnnouncementsQuery, monthsQuery } from '@/features/announcements/api';
import { AnnouncementBlocks } from '@/features/announcements/components/announcement-blocks';
import { AnnouncementEntry } from '@/features/announcements/components/announcement-entry';
import { AnnouncementImpactPanel } from '@/features/announcements/components/announcement-impact';
import { FeedFiltersBar } from '@/features/announcements/components/feed-filters';
import { Highlighted, SearchQueryContext } from '@/features/announcements/components/highlighted';
import { LatestAnnouncementsCard } from '@/features/announcements/components/latest-announcements-card';
import { MonthNav } from '@/features/announcements/components/month-nav';
import { UnreadCountBadge } from '@/features/announcements/components/unread-count-badge';
import type { Announcement } from '@/lib/api-types/announcements';
import { toSupportedLanguage } from '@/lib/locale';
import { componentStory } from '../support/page-story';
import { expect, screen, userEvent, waitFor, within } from '../support/play';

/** The announcements feature's components, with November 2020 as the mock serves it. */
export default {
  title: 'Components/Announcements',
  parameters: { layout: 'padded' },
} satisfies Meta;
type Story = StoryObj;

/** One November 2020 entry in the story's language, from the mock API. */
function WithEntry({ slug, children }: { slug: string; children: (entry: Announcement) => ReactNode }) {
  const { i18n } = useTranslation();
  const { data } = useQuery(monthAnnouncementsQuery('2020-11', toSupportedLanguage(i18n.language)));
  const entry = data?.find((candidate) => candidate.slug === slug);
  return entry ? <>{children(entry)}</> : null;
}

function Entry({ slug, expanded: initial, query = '' }: { slug: string; expanded: boolean; query?: string }) {
  const [expanded, setExpanded] = useState(initial);
  return (
    <SearchQueryContext.Provider value={query}>
      <WithEntry slug={slug}>
        {(entry) => (
          <AnnouncementEntry entry={entry} expanded={expanded} onToggle={() => setExpanded(!expanded)} />
        )}
      </WithEntry>
    </SearchQueryContext.Provider>
  );
}

export const EntryCollapsed: Story = {
  render: () => <Entry slug="api-throttling" expanded={false} />,
  play: async () => {
    const article = await screen.findByRole('article');
    await expect(within(article).getByRole('button', { expanded: false })).toBeVisible();
  },
};

export const EntryExpanded: Story = {
  render: () => <Entry slug="api-throttling" expanded={false} />,
  play: async () => {
    const article = await screen.findByRole('article');
    await userEvent.click(within(article).getByRole('button', { expanded: false }));
    await waitFor(() =>
      expect(within(article).getAllByRole('button', { expanded: true }).length).toBeGreaterThan(0),
    );
  },
};

export const EntryWithTable: Story = {
  render: () => <Entry slug="enhanced-customer-screening" expanded />,
  play: async () => {
    await screen.findByRole('table', { name: /Organization INN/ });
  },
};

export const EntryWithSearchHighlights: Story = {
  render: () => <Entry slug="api-throttling" expanded query="activity log" />,
  play: async () => {
    await waitFor(() =>
      expect(screen.getAllByText((_content, element) => element?.tagName === 'MARK').length).toBeGreaterThan(
        0,
      ),
    );
  },
};

export const BlocksOfAnEntry: Story = {
  render: () => (
    <WithEntry slug="enhanced-customer-screening">
      {(entry) => <AnnouncementBlocks blocks={entry.details} />}
    </WithEntry>
  ),
  play: async () => {
    await waitFor(() => expect(screen.getAllByRole('table').length).toBeGreaterThan(0));
  },
};

export const HighlightedText: Story = {
  render: function Render() {
    const { t } = useTranslation('announcements');
    return (
      <SearchQueryContext.Provider value="search">
        <p>
          <Highlighted text={t('filters.searchHint')} />
        </p>
      </SearchQueryContext.Provider>
    );
  },
  play: async () => {
    await screen.findByText((_content, element) => element?.tagName === 'MARK');
  },
};

export const FiltersBar: Story = {
  render: function Render() {
    const { i18n } = useTranslation();
    const language = toSupportedLanguage(i18n.language);
    const categories = useQuery(categoriesQuery(language));
    const entries = useQuery(monthAnnouncementsQuery('2020-11', language));
    if (!categories.data || !entries.data) return <></>;
    const topicIds = new Set(entries.data.flatMap((entry) => entry.topics.map((topic) => topic.id)));
    return (
      <FeedFiltersBar
        filters={{ q: '', category: '' }}
        categories={categories.data}
        topicIds={topicIds}
        onChange={fn()}
        onClear={fn()}
      />
    );
  },
  play: async () => {
    await screen.findByRole('searchbox', { name: 'Search' });
    await screen.findByRole('combobox', { name: 'Category' });
  },
};

export const MonthNavigation: Story = {
  render: function Render() {
    const { data } = useQuery(monthsQuery());
    return data ? <MonthNav months={data} current="2020-11" search="" /> : <></>;
  },
  play: async () => {
    const months = await screen.findByRole('navigation', { name: 'Months' });
    await expect(within(months).getByRole('link', { name: /^November 2020/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
  },
};

export const UnreadBadge: Story = {
  render: () => <UnreadCountBadge id="unread" />,
  play: async () => {
    await waitFor(() => expect(document.getElementById('unread')?.textContent ?? '').toMatch(/\d/));
  },
};

export const LatestAnnouncements: Story = {
  render: () => <LatestAnnouncementsCard />,
  play: async () => {
    await screen.findByRole('heading', { name: 'Latest announcements' });
    await waitFor(() => expect(screen.getAllByRole('link').length).toBeGreaterThan(0));
  },
};

/** Which of your customers an entry concerns, from the mock's own customers and compliance data. */
function Impact({ slug }: { slug: string }) {
  return <WithEntry slug={slug}>{(entry) => <AnnouncementImpactPanel entry={entry} />}</WithEntry>;
}

const impactList = () => screen.findByRole('list', { name: 'Customers this announcement affects' });

export const ImpactOfTheScreeningEntry: Story = {
  render: () => <Impact slug="enhanced-customer-screening" />,
  play: async () => {
    await screen.findByRole('heading', { name: /^Affects \d+ of your customers$/ });
    await expect(
      screen.getByRole('link', { name: 'Open the work list of customers missing screening information' }),
    ).toBeVisible();
    await waitFor(async () =>
      expect(
        within(await impactList()).getAllByText(/Organization INN missing|Phone number missing/).length,
      ).toBeGreaterThan(0),
    );
  },
};

export const ImpactShowAll: Story = {
  render: () => <Impact slug="enhanced-customer-screening" />,
  play: async () => {
    const before = within(await impactList()).getAllByRole('listitem').length;
    await userEvent.click(screen.getByRole('button', { name: /^Show all \d+$/ }));
    await waitFor(async () =>
      expect(within(await impactList()).getAllByRole('listitem').length).toBeGreaterThan(before),
    );
    await expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  },
};

export const ImpactOfTheMcaEntry: Story = {
  render: () => <Impact slug="duplicate-mca-409-errors" />,
  play: async () => {
    await screen.findByRole('heading', { name: /^Affects \d+ of your customers$/ });
    await impactList();
  },
};

/** A Developer may not see customers: the panel says nothing rather than fail. */
export const ImpactHiddenForDeveloper = componentStory<Story>(
  {
    render: () => (
      <>
        <Impact slug="enhanced-customer-screening" />
        <WithEntry slug="enhanced-customer-screening">{(entry) => <p>{entry.title}</p>}</WithEntry>
      </>
    ),
    play: async () => {
      await waitFor(() => expect(screen.getByRole('paragraph')).toBeVisible());
      await expect(screen.queryByRole('heading', { name: /^Affects/ })).toBeNull();
    },
  },
  { role: 'developer' },
);
