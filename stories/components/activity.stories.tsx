import type { Meta, StoryObj } from '@storybook/react-vite';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createUser } from '@/features/account-settings/api/users';
import { ActivityFilterBar } from '@/features/activity/components/activity-filters';
import { ActivityLog } from '@/features/activity/components/activity-log';
import { CustomerActivityPanel } from '@/features/activity/components/customer-activity-panel';
import { useActivityFilters } from '@/features/activity/use-activity-filters';
import type { NewUserInput } from '@/lib/account-rules';
import { componentStory } from '../support/page-story';
import { expect, screen, userEvent, waitFor, within } from '../support/play';
import { customer } from '../support/ids';

/**
 * The activity log: the mock records every write it accepts or refuses as a Partner Center audit
 * record. The seed starts the log empty, so a story with records first makes real writes.
 */
export default {
  title: 'Components/Activity',
  parameters: { layout: 'padded' },
} satisfies Meta;
type Story = StoryObj;

function Log() {
  const [filters, update] = useActivityFilters();
  return (
    <>
      <ActivityFilterBar filters={filters} update={update} showCustomer />
      <ActivityLog filters={filters} showCustomer />
    </>
  );
}

const newUser: NewUserInput = {
  firstName: 'Grace',
  lastName: 'Hopper',
  email: 'grace.hopper@woodgrovecloud.com',
  commercialRoles: ['SalesAgent'],
  developerRoles: [],
};

/** One accepted write and one refused one (the same address again), through the mock API. */
function AfterWrites({ children }: { children: ReactNode }) {
  const writes = useQuery({
    queryKey: ['workshop', 'activity-writes'],
    queryFn: async () => {
      await createUser(newUser);
      await createUser(newUser).catch(() => undefined);
      return true;
    },
    staleTime: Infinity,
  });
  return writes.data ? <>{children}</> : null;
}

export const Empty: Story = {
  render: () => <Log />,
  play: async () => {
    await screen.findByRole('search', { name: 'Filter the activity' });
    await screen.findByText(/^No activity in the last 30 days\./);
  },
};

export const WithAcceptedAndRefusedWrites: Story = {
  render: () => (
    <AfterWrites>
      <Log />
    </AfterWrites>
  ),
  play: async () => {
    const table = await screen.findByRole('table', { name: 'Activity records' });
    await waitFor(() => expect(within(table).getAllByText('User added')).toHaveLength(2));
    await expect(within(table).getByText('Succeeded')).toBeVisible();
    await expect(within(table).getByText('Refused')).toBeVisible();
  },
};

export const RecordChangesOpen: Story = {
  render: () => (
    <AfterWrites>
      <Log />
    </AfterWrites>
  ),
  play: async () => {
    const table = await screen.findByRole('table', { name: 'Activity records' });
    const [show] = await within(table).findAllByRole('button', { name: /^Show changes of User added/ });
    await userEvent.click(show!);
    await waitFor(() => expect(show).toHaveAttribute('aria-expanded', 'true'));
    await screen.findByRole('table', { name: /^Changes of User added/ });
  },
};

export const FilteredToRefused = componentStory<Story>(
  {
    render: () => (
      <AfterWrites>
        <Log />
      </AfterWrites>
    ),
    play: async () => {
      const table = await screen.findByRole('table', { name: 'Activity records' });
      await waitFor(() => expect(within(table).getAllByText('User added')).toHaveLength(1));
      await expect(within(table).getByText('Refused')).toBeVisible();
    },
  },
  { url: '/?outcome=failed' },
);

/** A customer's Activity tab: the same log and filters, fixed to that customer. */
export const CustomerPanel: Story = {
  render: () => <CustomerActivityPanel customerId={customer('contosooutdoor')} />,
  play: async () => {
    await screen.findByRole('search', { name: 'Filter the activity' });
    await screen.findByText('No activity for this customer in the last 30 days.');
  },
};
