import type { Meta } from '@storybook/react-vite';
import { pageStory } from '../support/page-story';
import { pageHeading, shellReady } from '../support/play';

export default { title: 'Pages/Activity and import' } satisfies Meta;

export const ActivityLog = pageStory('/activity', {
  play: async () => {
    await pageHeading('Activity log');
    await shellReady();
  },
});

export const UserImport = pageStory('/settings/account/users/import', {
  play: async () => {
    await pageHeading(/Import users/i);
    await shellReady();
  },
});
