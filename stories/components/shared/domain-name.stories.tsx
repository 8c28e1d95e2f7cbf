import type { Meta, StoryObj } from '@storybook/react-vite';
import { DomainName } from '@/components/domain-name';
import { expect, screen } from '../../support/play';

/** A domain name that breaks before a dot when its column is too narrow, never mid-label. */
const meta = {
  title: 'Components/Shared/DomainName',
  component: DomainName,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { name: 'baikonuranalytics.onmicrosoft.com' },
} satisfies Meta<typeof DomainName>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Wide: Story = {
  render: (args) => (
    <p data-testid="domain">
      <DomainName {...args} />
    </p>
  ),
  play: async () => {
    const domain = await screen.findByTestId('domain');
    await expect(domain).toHaveTextContent(/^baikonuranalytics\.onmicrosoft\.com$/);
    await expect(domain.getClientRects()).toHaveLength(1);
  },
};

export const InANarrowColumn: Story = {
  render: (args) => (
    <p data-testid="domain" style={{ width: '10em' }}>
      <DomainName {...args} />
    </p>
  ),
  play: async () => {
    const domain = await screen.findByTestId('domain');
    await expect(domain).toHaveTextContent(/^baikonuranalytics\.onmicrosoft\.com$/);
    // More than one line, nothing sticking out of the column, and no label cut in two: each
    // line break falls on a <wbr>, before a dot.
    await expect(domain.scrollWidth).toBeLessThanOrEqual(domain.clientWidth);
    const labels = [...domain.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
    await expect(labels.map((node) => node.textContent)).toEqual([
      'baikonuranalytics',
      '.onmicrosoft',
      '.com',
    ]);
    const linesOf = (node: ChildNode) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getClientRects().length;
    };
    for (const label of labels) await expect(linesOf(label)).toBe(1);
    const tops = labels.map((node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return Math.round(range.getBoundingClientRect().top);
    });
    await expect(new Set(tops).size).toBeGreaterThan(1);
  },
};
