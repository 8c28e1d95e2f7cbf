import type { Meta } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { pageStory } from '../support/page-story';
import { alertWithText, expect, pageHeading, screen, shellReady, waitFor } from '../support/play';

export default { title: 'Pages/Customers/Customer work list' } satisfies Meta;

export const Loaded = pageStory('/customers?screening=missing', {
  play: async () => {
    await pageHeading('Customers');
    await screen.findByRole('table', { name: 'Customers' });
    await waitFor(() => expect(screen.getAllByText('Missing screening info').length).toBeGreaterThan(2));
    await shellReady();
  },
});

/** Every customer complete: the work list says so. */
export const Empty = pageStory('/customers?screening=missing', {
  msw: [
    http.get('*/v1/customers', () =>
      HttpResponse.json({ totalCount: 0, items: [], links: {}, attributes: { objectType: 'Collection' } }),
    ),
  ],
  play: async () => {
    await screen.findByText('Every customer has the screening information their country requires.');
    await shellReady();
  },
});

export const ServerError500WithRetry = pageStory('/customers?screening=missing', {
  faults: { serverErrors: true },
  play: async () => {
    await alertWithText('An unexpected error occurred in the service');
    await expect(screen.getAllByRole('button', { name: 'Try again' }).length).toBeGreaterThan(0);
  },
});

export const French = pageStory('/customers?screening=missing', {
  locale: 'fr',
  play: async () => {
    await pageHeading('Clients');
    await screen.findByRole('table');
    await shellReady();
  },
});
