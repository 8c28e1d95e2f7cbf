import type { Meta } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { pageStory } from '../support/page-story';
import {
  alertWithText,
  expect,
  pageHeading,
  screen,
  shellReady,
  waitFor,
  within,
  stillLoading,
} from '../support/play';

/** The announcements feed (announcements-route): months, entries, filters and permalinks. */
export default { title: 'Pages/Announcements' } satisfies Meta;

const articles = () => screen.queryAllByRole('article');

async function feed() {
  await pageHeading('Announcements');
  await waitFor(() => expect(articles().length).toBeGreaterThan(0));
  // The category list comes by its own request, and its longest label widens the field (and so
  // narrows the search box): a picture taken before it came was a different picture.
  await waitFor(() =>
    expect(
      within(screen.getByRole('combobox', { name: 'Category' })).getAllByRole('option').length,
    ).toBeGreaterThan(1),
  );
}

export const November2020 = pageStory('/announcements/2020-11', {
  play: async () => {
    await feed();
    await shellReady();
  },
});

async function newestMonthOpened() {
  await feed();
  const months = screen.getByRole('navigation', { name: 'Months' });
  await waitFor(() =>
    expect(within(months).getByRole('link', { name: /^November 2020/ })).toHaveAttribute(
      'aria-current',
      'page',
    ),
  );
  await shellReady();
}

/** `/announcements` without a month: the newest one, asked for beside the months. */
export const OpensTheNewestMonth = pageStory('/announcements', { play: newestMonthOpened });

/** The newest month's entries could not be had: the page opens it from the months and asks again. */
export const OpensTheNewestMonthAfterItsEntriesFailed = pageStory('/announcements', {
  msw: [
    http.get('*/v1/announcements', ({ request }) =>
      new URL(request.url).searchParams.get('newestMonth') === 'true'
        ? HttpResponse.json(
            { code: 500, description: 'An unexpected error occurred in the service.' },
            { status: 500 },
          )
        : undefined,
    ),
  ],
  play: newestMonthOpened,
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
