import type { Meta } from '@storybook/react-vite';
import { pageStory } from '../support/page-story';
import {
  alertWithText,
  expect,
  pageHeading,
  screen,
  shellReady,
  waitFor,
  stillLoading,
} from '../support/play';

export default { title: 'Pages/Announcements' } satisfies Meta;

const articles = () => screen.queryAllByRole('article');

async function feed() {
  await pageHeading('Announcements');
  await waitFor(() => expect(articles().length).toBeGreaterThan(0));
}

export const November2020 = pageStory('/announcements/2020-11', {
  play: async () => {
    await feed();
    await shellReady();
  },
});

export const PermalinkToAnEntry = pageStory('/announcements/2020-11/enhanced-customer-screening', {
  play: async () => {
    await feed();
    await waitFor(() => expect(screen.getByRole('table', { name: /Organization INN/ })).toBeVisible());
    await shellReady();
  },
});

export const SearchWithHighlights = pageStory('/announcements/2020-11?q=activity%20log', {
  play: async () => {
    await pageHeading('Announcements');
    await waitFor(() => expect(articles()).toHaveLength(1));
    await waitFor(() =>
      expect(screen.getAllByText((_content, element) => element?.tagName === 'MARK').length).toBeGreaterThan(
        0,
      ),
    );
    await shellReady();
  },
});

export const SearchWithoutResults = pageStory('/announcements/2020-11?q=Retry-After', {
  play: async () => {
    await screen.findByText(/No announcement from November 2020 matches/);
    await shellReady();
  },
});

export const FilteredByCategory = pageStory('/announcements/2020-11?category=offers-markets', {
  play: async () => {
    await feed();
    await shellReady();
  },
});

export const EmptyMonth = pageStory('/announcements/2020-02', {
  play: async () => {
    await screen.findByText('There are no announcements for February 2020.');
    await shellReady();
  },
});

export const ServerError500WithRetry = pageStory('/announcements/2020-11', {
  faults: { serverErrors: true },
  play: async () => {
    await alertWithText('An unexpected error occurred in the service');
  },
});

export const Loading = pageStory('/announcements/2020-11', {
  faults: { extraLatencyMs: 600_000 },
  play: async () => {
    await stillLoading();
  },
});

export const French = pageStory('/announcements/2020-11', {
  locale: 'fr',
  play: async () => {
    await pageHeading('Annonces');
    await waitFor(() => expect(articles().length).toBeGreaterThan(0));
    await shellReady();
  },
});
