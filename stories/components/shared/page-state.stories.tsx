import type { Meta, StoryObj } from '@storybook/react-vite';
import { LoadingBlock } from '@/components/page-state';
import { expect, screen } from '../../support/play';

/** The loading placeholder of a page or a section: skeleton rows with a spoken label. */
const meta = {
  title: 'Components/Shared/LoadingBlock',
  component: LoadingBlock,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof LoadingBlock>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async () => {
    await screen.findByLabelText(/^(Loading…|Chargement…)$/);
  },
};

export const TwoRows: Story = {
  args: { rows: 2 },
  play: async ({ canvasElement }) => {
    await screen.findByLabelText(/^(Loading…|Chargement…)$/);
    await expect(canvasElement.querySelectorAll('.fui-Skeleton').length).toBeGreaterThan(0);
  },
};
