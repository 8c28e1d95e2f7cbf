import type { Meta } from '@storybook/react-vite';
import { pageStory } from '../support/page-story';
import { pageHeading, renewalsScanned, screen, shellReady } from '../support/play';

async function scanned() {
  await renewalsScanned();
  await screen.findByText(/^(Scanned \d+ customers?\.|\d+ clients? lus?\.)$/);
}

/**
 * The three renewals pages as a visitor gets them (renewals-route, alignment-route with its
 * fix-dialog, cancellable-route), each after the scan of every customer, in English and French.
 */
export default { title: 'Pages/Renewals' } satisfies Meta;

export const Renewals = pageStory('/renewals', {
  play: async () => {
    await pageHeading('Renewals');
    await shellReady();
    await scanned();
  },
});

export const RenewalsNoMatch = pageStory('/renewals?customer=nobody', {
  play: async () => {
    await pageHeading('Renewals');
    await shellReady();
    await scanned();
    await screen.findByRole('cell', { name: 'No subscription renews in this period with these filters.' });
  },
});

export const AddonAlignment = pageStory('/renewals/alignment', {
  play: async () => {
    await pageHeading('Add-on alignment');
    await shellReady();
    await scanned();
  },
});

export const StillCancellable = pageStory('/renewals/cancellable', {
  play: async () => {
    await pageHeading(/cancellable/i);
    await shellReady();
    await scanned();
  },
});

export const French = pageStory('/renewals', {
  locale: 'fr',
  play: async () => {
    await pageHeading('Renouvellements');
    await shellReady();
    await scanned();
  },
});

export const AddonAlignmentFrench = pageStory('/renewals/alignment', {
  locale: 'fr',
  play: async () => {
    await pageHeading('Alignement des extensions');
    await shellReady();
    await scanned();
  },
});

export const StillCancellableFrench = pageStory('/renewals/cancellable', {
  locale: 'fr',
  play: async () => {
    await pageHeading('Encore annulables');
    await shellReady();
    await scanned();
  },
});
