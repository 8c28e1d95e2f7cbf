import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { SaveResetActions } from '@/components/save-reset-actions';
import { expect, screen } from '../../support/play';

/** Save and Reset of a profile form: both wait for a change; neither acts while a save runs. */
const meta = {
  title: 'Components/Shared/SaveResetActions',
  component: SaveResetActions,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { isDirty: false, isPending: false, onReset: fn() },
} satisfies Meta<typeof SaveResetActions>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Unchanged: Story = {
  play: async () => {
    await expect(await screen.findByRole('button', { name: 'Save' })).toBeDisabled();
    await expect(screen.getByRole('button', { name: 'Reset' })).toBeDisabled();
  },
};

export const Changed: Story = {
  args: { isDirty: true },
  play: async () => {
    await expect(await screen.findByRole('button', { name: 'Save' })).toBeEnabled();
    await expect(screen.getByRole('button', { name: 'Reset' })).toBeEnabled();
  },
};

export const Saving: Story = {
  args: { isDirty: true, isPending: true },
  play: async () => {
    await expect(await screen.findByRole('button', { name: 'Saving…' })).toBeDisabled();
    await expect(screen.getByRole('button', { name: 'Reset' })).toBeDisabled();
  },
};
