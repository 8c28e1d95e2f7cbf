import type { Meta } from '@storybook/react-vite';
import { pageStory } from '../support/page-story';
import { pageHeading, screen, shellReady } from '../support/play';

export default { title: 'Pages/Not found (404)' } satisfies Meta;

export const UnknownAddress = pageStory('/no/such/page', {
  play: async () => {
    await pageHeading('Page not found');
    await screen.findByText(/There is no page at \/no\/such\/page/);
    await shellReady();
  },
});

export const French = pageStory('/no/such/page', {
  locale: 'fr',
  play: async () => {
    await pageHeading(/.+/);
    await screen.findByText(/\/no\/such\/page/);
    await shellReady();
  },
});
