import type { Meta, StoryObj } from '@storybook/react-vite';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { TextField } from '@/components/text-field';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { expect, screen, userEvent, waitFor } from '../../support/play';

/**
 * Asks before a dirty form is left: a dialog for a navigation inside the app, the browser's own
 * prompt for closing or reloading the tab. Here a one-field form guarded while it has changes.
 */
const meta = {
  title: 'Components/Shared/UnsavedChangesGuard',
  component: UnsavedChangesGuard,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { when: false },
} satisfies Meta<typeof UnsavedChangesGuard>;
export default meta;
type Story = StoryObj<typeof meta>;

function GuardedForm() {
  const { t } = useTranslation('customers');
  const { t: tHome } = useTranslation('home');
  const form = useForm<{ companyName: string }>({ defaultValues: { companyName: 'Contoso Outdoor Supply' } });
  return (
    <>
      <UnsavedChangesGuard when={form.formState.isDirty} />
      <TextField form={form} name="companyName" label={t('fields.companyName')} />
      <p>
        <AppLink to="/customers">{tHome('cards.customersLink')}</AppLink>
      </p>
    </>
  );
}

const companyName = () => screen.findByRole('textbox', { name: /^Company name/ });

/** The form has changes and the user follows a link. */
export const Open: Story = {
  render: () => <GuardedForm />,
  play: async () => {
    await userEvent.type(await companyName(), ' Ltd');
    await userEvent.click(screen.getByRole('link', { name: 'View customers' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await expect(dialog).toHaveTextContent('You have changes that are not saved.');
    // The dialog fades in: its buttons are visible once the opening transition is over.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Stay on this page' })).toBeVisible());
    await expect(screen.getByRole('button', { name: 'Leave this page' })).toBeVisible();
  },
};

/** Stay closes the dialog and keeps what was typed. */
export const StayKeepsTheChanges: Story = {
  render: () => <GuardedForm />,
  play: async () => {
    await userEvent.type(await companyName(), ' Ltd');
    await userEvent.click(screen.getByRole('link', { name: 'View customers' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Stay on this page' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await expect(await companyName()).toHaveValue('Contoso Outdoor Supply Ltd');
  },
};
