import { Button } from '@fluentui/react-components';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useTranslation } from 'react-i18next';
import { useNotify } from '@/components/notify';
import { expect, screen, userEvent, waitFor } from '../../support/play';

/** `useNotify()`: a short confirmation in the app's toaster (bottom right), announced politely. */
export default {
  title: 'Components/Shared/Notify',
  parameters: { layout: 'padded' },
} satisfies Meta;
type Story = StoryObj;

export const Toast: Story = {
  render: function Render() {
    const { t } = useTranslation();
    const notify = useNotify();
    return <Button onClick={() => notify(t('actions.copied'))}>{t('actions.copy')}</Button>;
  },
  play: async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(screen.getAllByText('Copied to the clipboard').length).toBeGreaterThan(0));
  },
};
