import type { Meta } from '@storybook/react-vite';
import { pageStory } from '../support/page-story';
import { alertWithText, expect, pageHeading, screen, shellReady, waitFor } from '../support/play';

export default {
  title: 'Pages/Customers/Customer list',
} satisfies Meta;

export const Loaded = pageStory('/customers', {
  play: async () => {
    await pageHeading('Customers');
    await screen.findByRole('table', { name: 'Customers' });
    await screen.findByText('1–20 of 40');
    await shellReady();
  },
});

export const ServerError500WithRetry = pageStory('/customers', {
  faults: { serverErrors: true },
  play: async () => {
    await alertWithText('An unexpected error occurred in the service');
    await expect(screen.getAllByRole('button', { name: 'Try again' }).length).toBeGreaterThan(0);
  },
});

export const French = pageStory('/customers', {
  locale: 'fr',
  play: async () => {
    await pageHeading('Clients');
    await waitFor(() => expect(screen.getByText('1–20 sur 40')).toBeVisible());
    await shellReady();
  },
});
