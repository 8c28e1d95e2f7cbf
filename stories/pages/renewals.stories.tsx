import type { Meta } from '@storybook/react-vite';
import { pageStory } from '../support/page-story';
import { pageHeading, shellReady } from '../support/play';

export default { title: 'Pages/Renewals' } satisfies Meta;

export const Renewals = pageStory('/renewals', {
  play: async () => {
    await pageHeading('Renewals');
    await shellReady();
  },
});

export const AddonAlignment = pageStory('/renewals/alignment', {
  play: async () => {
    await pageHeading('Add-on alignment');
    await shellReady();
  },
});

export const StillCancellable = pageStory('/renewals/cancellable', {
  play: async () => {
    await pageHeading(/cancellable/i);
    await shellReady();
  },
});
