import type { Meta, StoryObj } from '@storybook/react-vite';
import { AppLink } from '@/components/app-link';
import { FigureCard } from '@/components/figure-card';
import { expect, screen } from '../../support/play';

/** A dashboard card with one large figure (home's counts and renewals figures), in each of its states. */
const meta = {
  title: 'Components/Shared/FigureCard',
  component: FigureCard,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: {
    label: 'Customers',
    figure: '1,204',
    link: <AppLink to="/customers">View customers</AppLink>,
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 280 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof FigureCard>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Figure: Story = {
  play: async () => {
    await screen.findByRole('heading', { level: 2, name: 'Customers' });
    await expect(screen.getByText('1,204')).toBeVisible();
    await expect(screen.getByRole('link', { name: 'View customers' })).toHaveAttribute('href', '/customers');
  },
};

/** The figure's answer has not arrived: a skeleton with a spoken label, heading and link already usable. */
export const Loading: Story = {
  args: { figure: undefined },
  play: async () => {
    await screen.findByLabelText(/^(Loading…|Chargement…)$/);
    await expect(screen.getByRole('link', { name: 'View customers' })).toBeVisible();
  },
};

/** A figure that takes a while says how far it has got (the renewals scan). */
export const InProgress: Story = {
  args: { label: 'Misaligned add-ons', figure: undefined, progress: 'Scanning 12 of 54…' },
  play: async () => {
    await expect(await screen.findByText('Scanning 12 of 54…')).toBeVisible();
    await expect(screen.queryByLabelText(/^(Loading…|Chargement…)$/)).not.toBeInTheDocument();
  },
};
