import type { Meta, StoryObj } from '@storybook/react-vite';
import { EmailAddress } from '@/components/email-address';
import { expect, screen } from '../../support/play';

/** An e-mail address that breaks before the @ when its column is too narrow, never mid-word. */
const meta = {
  title: 'Components/Shared/EmailAddress',
  component: EmailAddress,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { address: 'bruno.horvat10@woodgrovecloud.com' },
} satisfies Meta<typeof EmailAddress>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Wide: Story = {
  render: (args) => (
    <p data-testid="address">
      <EmailAddress {...args} />
    </p>
  ),
  play: async () => {
    const address = await screen.findByTestId('address');
    await expect(address).toHaveTextContent(/^bruno\.horvat10@woodgrovecloud\.com$/);
    await expect(address.getClientRects()).toHaveLength(1);
  },
};

export const InANarrowColumn: Story = {
  render: (args) => (
    <p data-testid="address" style={{ width: '12em', overflowWrap: 'anywhere' }}>
      <EmailAddress {...args} />
    </p>
  ),
  play: async () => {
    const address = await screen.findByTestId('address');
    // Two lines, split at the @: the second starts with it.
    const lineHeight = Number.parseFloat(getComputedStyle(address).lineHeight);
    await expect(address.getBoundingClientRect().height).toBeLessThan(lineHeight * 2.5);
    await expect(address.getBoundingClientRect().height).toBeGreaterThan(lineHeight * 1.5);
    const domain = document.createRange();
    const text = address.lastChild!;
    domain.setStart(text, 0);
    domain.setEnd(text, 1);
    const firstLine = document.createRange();
    firstLine.setStart(address.firstChild!, 0);
    firstLine.setEnd(address.firstChild!, 1);
    await expect(domain.getBoundingClientRect().top).toBeGreaterThan(firstLine.getBoundingClientRect().top);
    await expect(domain.getBoundingClientRect().left).toBeLessThan(
      firstLine.getBoundingClientRect().left + 1,
    );
  },
};
