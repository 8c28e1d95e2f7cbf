import { Button } from '@fluentui/react-components';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useTranslation } from 'react-i18next';
import { PageHeadingLevelContext } from '@/components/heading-level';
import { PageHeader } from '@/components/page-header';
import { expect, screen } from '../../support/play';

/**
 * A page's title (h1, or h2 inside a layout that already has the page's h1), its description and
 * its actions. It also sets the document title.
 */
const meta = {
  title: 'Components/Shared/PageHeader',
  component: PageHeader,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { title: '' },
} satisfies Meta<typeof PageHeader>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WithActions: Story = {
  render: function Render() {
    const { t } = useTranslation('customers');
    return (
      <PageHeader
        title={t('title')}
        description={t('list.description')}
        actions={<Button appearance="primary">{t('list.newCustomer')}</Button>}
      />
    );
  },
  play: async () => {
    await screen.findByRole('heading', { level: 1, name: 'Customers' });
    await expect(screen.getByRole('button', { name: 'New customer' })).toBeVisible();
  },
};

export const TitleOnly: Story = {
  render: function Render() {
    const { t } = useTranslation('home');
    return <PageHeader title={t('title')} />;
  },
  play: async () => {
    await screen.findByRole('heading', { level: 1, name: 'Home' });
  },
};

/** Inside the customer workspace the page's title is an h2 (`PageHeadingLevelContext`). */
export const InsideAWorkspace: Story = {
  render: function Render() {
    const { t } = useTranslation('customers');
    return (
      <PageHeadingLevelContext.Provider value={2}>
        <PageHeader title={t('title')} description={t('list.description')} />
      </PageHeadingLevelContext.Provider>
    );
  },
  play: async () => {
    await screen.findByRole('heading', { level: 2, name: 'Customers' });
    await expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  },
};
