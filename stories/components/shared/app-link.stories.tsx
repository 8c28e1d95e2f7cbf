import type { Meta, StoryObj } from '@storybook/react-vite';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { expect, screen } from '../../support/play';

/** A Fluent link that navigates inside the app (the router's link with Fluent's look). */
const meta = {
  title: 'Components/Shared/AppLink',
  component: AppLink,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { to: '/customers' },
} satisfies Meta<typeof AppLink>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  render: function Render(args) {
    const { t } = useTranslation('home');
    return <AppLink {...args}>{t('cards.customersLink')}</AppLink>;
  },
  play: async () => {
    await expect(await screen.findByRole('link', { name: 'View customers' })).toHaveAttribute(
      'href',
      '/customers',
    );
  },
};
