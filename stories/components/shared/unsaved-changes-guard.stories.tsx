import type { Meta, StoryObj } from '@storybook/react-vite';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { expect, screen, userEvent, waitFor } from '../../support/play';

/**
 * Asks before a dirty form is left: a dialog for a navigation inside the app, the browser's own
 * prompt for closing or reloading the tab.
 */
const meta = {
  title: 'Components/Shared/UnsavedChangesGuard',
  component: UnsavedChangesGuard,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { when: true },
} satisfies Meta<typeof UnsavedChangesGuard>;
export default meta;
type Story = StoryObj<typeof meta>;

const WithALink: Story['render'] = function Render(args) {
  const { t } = useTranslation('home');
  return (
    <>
      <UnsavedChangesGuard {...args} />
      <AppLink to="/customers">{t('cards.customersLink')}</AppLink>
    </>
  );
};

/** A form with changes, and the user follows a link. */
export const Open: Story = {
  render: WithALink,
  play: async () => {
    await userEvent.click(await screen.findByRole('link', { name: 'View customers' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await expect(dialog).toHaveTextContent('You have changes that are not saved.');
    await expect(screen.getByRole('button', { name: 'Stay on this page' })).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Leave this page' })).toBeVisible();
  },
};

export const StayCloses: Story = {
  render: WithALink,
  play: async () => {
    await userEvent.click(await screen.findByRole('link', { name: 'View customers' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Stay on this page' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  },
};

/** Nothing changed: the link is followed without a question. */
export const NothingToLose: Story = {
  args: { when: false },
  render: WithALink,
  play: async () => {
    await userEvent.click(await screen.findByRole('link', { name: 'View customers' }));
    await expect(screen.queryByRole('alertdialog')).toBeNull();
  },
};
