import type { Meta, StoryObj } from '@storybook/react-vite';
import { useTranslation } from 'react-i18next';
import { fn } from 'storybook/test';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { api } from '@/lib/api-client';
import { componentStory } from '../../support/page-story';
import { alertWithText, dialogNamed, expect, screen, userEvent, within } from '../../support/play';

/** Asks before something is removed; stays open with the service's reason when removal fails. */
const meta = {
  title: 'Components/Shared/ConfirmDialog',
  component: ConfirmDialog,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { open: true, title: '', body: '', onConfirm: fn(), onClose: fn() },
  render: function Render(args) {
    const { t } = useTranslation('subscriptions');
    return (
      <ConfirmDialog
        {...args}
        title={t('subscriptions.cancelTitle', { name: 'Teams Phone Standard' })}
        body={t('subscriptions.cancelBody')}
        confirmLabel={t('subscriptions.confirmCancel')}
      />
    );
  },
} satisfies Meta<typeof ConfirmDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Open: Story = {
  play: async ({ args }) => {
    const dialog = await dialogNamed('Cancel Teams Phone Standard?', 'alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }));
    await expect(args.onConfirm).toHaveBeenCalled();
  },
};

/** The confirmation reaches the mock API, which answers 500: the dialog stays open and says why. */
export const FailedStaysOpen = componentStory<Story>(
  {
    args: { onConfirm: fn(() => api.post('/v1/customers', {})) },
    play: async () => {
      const dialog = await dialogNamed('Cancel Teams Phone Standard?', 'alertdialog');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }));
      await alertWithText('An unexpected error occurred in the service');
      await expect(screen.getByRole('alertdialog')).toBeVisible();
    },
  },
  { faults: { serverErrors: true } },
);
