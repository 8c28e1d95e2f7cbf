import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { TableScroller } from '@/components/table-scroller';
import { expect, screen } from '../../support/play';

const rows = [
  ['Adatum Education District', 'adatumedu.onmicrosoft.com', 'United States'],
  ['Alster Logistik AG', 'alsterlogistik.onmicrosoft.com', 'Germany'],
];

/** A table that scrolls sideways in its own box when its column is narrower than `minWidth`. */
const meta = {
  title: 'Components/Shared/TableScroller',
  component: TableScroller,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: {
    label: 'Customers',
    minWidth: '560px',
    children: (
      <Table aria-label="Customers">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Company</TableHeaderCell>
            <TableHeaderCell>Domain</TableHeaderCell>
            <TableHeaderCell>Country</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((cells) => (
            <TableRow key={cells[0]}>
              {cells.map((cell) => (
                <TableCell key={cell}>{cell}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    ),
  },
} satisfies Meta<typeof TableScroller>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WhereItFits: Story = {
  render: (args) => (
    <div data-testid="column" style={{ width: '720px' }}>
      <TableScroller {...args} />
    </div>
  ),
  play: async () => {
    const table = await screen.findByRole('table', { name: 'Customers' });
    const box = table.parentElement!;
    await expect(table.getBoundingClientRect().width).toBe(box.getBoundingClientRect().width);
    await expect(box.scrollWidth).toBe(box.clientWidth);
    // Nothing to scroll, so no region and no extra tab stop.
    await expect(box).not.toHaveAttribute('tabindex');
    await expect(screen.queryByRole('region')).toBeNull();
  },
};

export const InAPhoneWideColumn: Story = {
  render: (args) => (
    <div data-testid="column" style={{ width: '320px' }}>
      <TableScroller {...args} />
    </div>
  ),
  play: async () => {
    const table = await screen.findByRole('table', { name: 'Customers' });
    const box = table.parentElement!;
    // The table keeps its minimum width and its box scrolls, rather than the columns overlapping.
    await expect(table.getBoundingClientRect().width).toBe(560);
    await expect(box.getBoundingClientRect().width).toBe(320);
    await expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
    // Scrollable, so a keyboard can reach it: a named region in the tab order.
    const region = await screen.findByRole('region', { name: 'Customers' });
    await expect(region).toBe(box);
    await expect(region).toHaveAttribute('tabindex', '0');
  },
};
