import type { Meta, StoryObj } from '@storybook/react-vite';
import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/placeholder-page';
import { screen } from '../../support/play';

/** A page that is not built yet: its title and a short notice. */
const meta = {
  title: 'Components/Shared/PlaceholderPage',
  component: PlaceholderPage,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { title: '' },
} satisfies Meta<typeof PlaceholderPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  render: function Render() {
    const { t } = useTranslation('catalog');
    return <PlaceholderPage title={t('title')} />;
  },
  play: async () => {
    await screen.findByRole('heading', { level: 1, name: 'Catalog' });
  },
};
