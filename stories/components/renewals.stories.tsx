import type { Meta, StoryObj } from '@storybook/react-vite';
import { RenewalsHomeCards } from '@/features/renewals/components/home-cards';
import { RenewalsNav } from '@/features/renewals/components/renewals-nav';
import { ScanStatus } from '@/features/renewals/components/scan-status';
import { useScan } from '@/features/renewals/scan-store';
import { componentStory } from '../support/page-story';
import { expect, renewalsScanned, screen } from '../support/play';

/**
 * The renewals feature's pieces. Their figures come from the scan the app runs over every
 * customer of the mock (customer list, then each customer's subscriptions).
 */
export default {
  title: 'Components/Renewals',
  parameters: { layout: 'padded' },
} satisfies Meta;
type Story = StoryObj;

/** Home's three renewals cards, once the scan has read every customer. */
export const HomeCards: Story = {
  render: () => <RenewalsHomeCards />,
  play: async () => {
    await renewalsScanned();
    await expect(await screen.findByRole('link', { name: 'See renewals' })).toHaveAttribute(
      'href',
      '/renewals?days=30',
    );
    await expect(screen.getByRole('link', { name: 'Fix alignment' })).toBeVisible();
    await expect(screen.getByRole('link', { name: 'See what can be cancelled' })).toBeVisible();
  },
};

export const Navigation = componentStory<Story>(
  {
    render: () => <RenewalsNav />,
    play: async () => {
      const nav = await screen.findByRole('navigation', { name: 'Renewals views' });
      await expect(nav).toBeVisible();
      await expect(screen.getByRole('link', { name: 'Add-on alignment' })).toHaveAttribute(
        'aria-current',
        'page',
      );
    },
  },
  { url: '/renewals/alignment' },
);

function Scan() {
  const { snapshot, store } = useScan();
  return <ScanStatus snapshot={snapshot} store={store} />;
}

export const ScanFinished: Story = {
  render: () => <Scan />,
  play: async () => {
    await screen.findByText(/^Scanned \d+ customers\.$/, undefined, { timeout: 30_000 });
    await expect(screen.getByRole('button', { name: 'Scan again' })).toBeVisible();
  },
};

/** Partner Center answers 429: the scan says it waits, then goes on by itself. */
export const ScanThrottled = componentStory<Story>(
  {
    render: () => <Scan />,
    play: async () => {
      await screen.findByText(/^Partner Center asked us to slow down: paused, resuming in \d+ seconds?\.$/);
      await screen.findByText(/^Scanned \d+ customers\.$/, undefined, { timeout: 30_000 });
    },
  },
  { faults: { throttling: true, retryAfterSeconds: 1 } },
);

export const ScanCannotStart = componentStory<Story>(
  {
    render: () => <Scan />,
    play: async () => {
      await screen.findByText(/An unexpected error occurred in the service/);
      await expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
    },
  },
  { faults: { serverErrors: true } },
);
