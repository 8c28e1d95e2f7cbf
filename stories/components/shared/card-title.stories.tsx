import { Card } from '@fluentui/react-components';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { CardTitle } from '@/components/card-title';
import { PageHeadingLevelContext } from '@/components/heading-level';
import { expect, screen } from '../../support/play';

/**
 * A card's title (card-title.tsx): one level below the page's title, with no margins of its own, so
 * the card's padding alone places it. Home's figure cards, subscription cards and cart lines use it.
 */
const meta = {
  title: 'Components/Shared/CardTitle',
  component: CardTitle,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { children: 'Office 365 E3', size: 500 },
  decorators: [
    (Story) => (
      <Card style={{ maxWidth: 320 }}>
        <Story />
      </Card>
    ),
  ],
} satisfies Meta<typeof CardTitle>;
export default meta;
type Story = StoryObj<typeof meta>;

export const OnAPage: Story = {
  play: async () => {
    await expect(await screen.findByRole('heading', { level: 2, name: 'Office 365 E3' })).toBeVisible();
  },
};

/** Inside the customer workspace, whose page titles are h2, a card's title is an h3. */
export const InsideAWorkspace: Story = {
  decorators: [
    (Story) => (
      <PageHeadingLevelContext.Provider value={2}>
        <Story />
      </PageHeadingLevelContext.Provider>
    ),
  ],
  play: async () => {
    await expect(await screen.findByRole('heading', { level: 3, name: 'Office 365 E3' })).toBeVisible();
  },
};
