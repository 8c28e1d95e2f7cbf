import type { Meta, StoryObj } from '@storybook/react-vite';
import { useTranslation } from 'react-i18next';
import { fn } from 'storybook/test';
import { ConflictNotice, ReappliedNotice } from '@/components/conflict-notice';
import { expect, screen, userEvent } from '../../support/play';

/** A save refused with 412 (someone saved first), and the note once the latest is re-applied. */
const meta = {
  title: 'Components/Shared/ConflictNotice',
  component: ConflictNotice,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { message: '', onReload: fn() },
} satisfies Meta<typeof ConflictNotice>;
export default meta;
type Story = StoryObj<typeof meta>;

export const OnAProfile: Story = {
  render: function Render(args) {
    const { t } = useTranslation('accountSettings');
    return <ConflictNotice message={t('legal.conflict')} onReload={args.onReload} />;
  },
  play: async ({ args }) => {
    const alert = await screen.findByRole('alert', { name: /Changed elsewhere/ });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Load the latest and re-apply my changes' }),
    );
    await expect(args.onReload).toHaveBeenCalledOnce();
    await expect(alert).toHaveTextContent('nothing was saved');
  },
};

export const Reapplied: Story = {
  render: () => <ReappliedNotice />,
  play: async () => {
    await expect(await screen.findByRole('status')).toHaveTextContent('The latest version is loaded');
  },
};
