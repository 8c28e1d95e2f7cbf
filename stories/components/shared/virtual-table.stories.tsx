import type { Meta, StoryObj } from '@storybook/react-vite';
import { VirtualTable } from '@/components/virtual-table';
import { expect, screen, userEvent, waitFor, within } from '../../support/play';

interface Seat {
  id: string;
  customer: string;
  seats: number;
}

const seats: Seat[] = Array.from({ length: 10_000 }, (_, index) => ({
  id: `row-${index + 1}`,
  customer: `Customer ${index + 1}`,
  seats: (index % 50) + 1,
}));

/**
 * A table whose body is virtualized (used by the catalog and the renewals list): only the rows in
 * view are in the DOM, every row keeps its index in the whole list for screen readers. Like the
 * catalog's and the renewals' rows, each row holds a link: moving through them is how a keyboard
 * scrolls the body.
 */
const meta = {
  title: 'Components/Shared/VirtualTable',
  component: VirtualTable<Seat>,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: {
    label: 'Seats by customer',
    rows: seats,
    rowKey: (row: Seat) => row.id,
    rowHeight: 48,
    columns: 'minmax(160px, 1fr) 120px',
    minWidth: '320px',
    overscan: 4,
    header: (
      <>
        <div role="columnheader">Customer</div>
        <div role="columnheader">Seats</div>
      </>
    ),
    renderRow: (row: Seat) => (
      <>
        <div role="cell">
          <a href={`#${row.id}`}>{row.customer}</a>
        </div>
        <div role="cell">{row.seats}</div>
      </>
    ),
  },
} satisfies Meta<typeof VirtualTable<Seat>>;
export default meta;
type Story = StoryObj<typeof meta>;

export const TenThousandRows: Story = {
  play: async () => {
    const table = await screen.findByRole('table', { name: 'Seats by customer' });
    await expect(table).toHaveAttribute('aria-rowcount', '10001');
    const rendered = () => within(table).getAllByRole('row');
    await waitFor(() => expect(within(table).getByRole('cell', { name: 'Customer 1' })).toBeVisible());
    // The header and a screenful of rows, not ten thousand.
    await expect(rendered().length).toBeLessThan(40);

    // By keyboard: Tab goes from row to row past the first screenful, the body scrolling along.
    within(table).getByRole('link', { name: 'Customer 1' }).focus();
    for (let step = 0; step < 40; step += 1) await userEvent.tab();
    await expect(document.activeElement).toHaveAccessibleName('Customer 41');
    await expect(
      within(table).getByRole('cell', { name: 'Customer 41' }).closest('[role="row"]'),
    ).toHaveAttribute('aria-rowindex', '42');

    // Scrolled to the end, the last row is there with its index in the whole list.
    const body = within(table).getAllByRole('rowgroup')[1]!;
    body.scrollTop = body.scrollHeight;
    const last = await within(table).findByRole('cell', { name: 'Customer 10000' });
    await expect(last.closest('[role="row"]')).toHaveAttribute('aria-rowindex', '10001');
    await expect(rendered().length).toBeLessThan(40);
  },
};

export const Empty: Story = {
  args: { rows: [], empty: 'No customer has seats to show.' },
  play: async () => {
    const table = await screen.findByRole('table', { name: 'Seats by customer' });
    await expect(table).toHaveAttribute('aria-rowcount', '1');
    await expect(within(table).getByRole('cell', { name: 'No customer has seats to show.' })).toBeVisible();
  },
};
