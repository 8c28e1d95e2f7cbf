import type { Meta, StoryObj } from '@storybook/react-vite';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/text-field';
import { expect, screen } from '../../support/play';

/**
 * The labelled text field of every form: a react-hook-form field with its label, hint and the
 * translated message of a failed rule (`tooLong:100`) at the field.
 */
const meta = {
  title: 'Components/Shared/TextField',
  component: TextField,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof TextField>;
export default meta;
type Story = StoryObj;

function TextFieldDemo({ error, readOnly = false }: { error?: string; readOnly?: boolean }) {
  const { t } = useTranslation('customers');
  const form = useForm<{ companyName: string }>({
    defaultValues: { companyName: 'Contoso Outdoor Supply' },
    errors: error ? { companyName: { type: 'rule', message: error } } : {},
  });
  return (
    <TextField form={form} name="companyName" label={t('fields.companyName')} required readOnly={readOnly} />
  );
}

export const Filled: Story = {
  render: () => <TextFieldDemo />,
  play: async () => {
    await expect(await screen.findByRole('textbox', { name: /^Company name/ })).toHaveValue(
      'Contoso Outdoor Supply',
    );
  },
};

export const WithRuleError: Story = {
  render: () => <TextFieldDemo error="tooLong:100" />,
  play: async () => {
    await screen.findByText('Use at most 100 characters.');
    await expect(screen.getByRole('textbox', { name: /^Company name/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  },
};

export const ReadOnly: Story = {
  render: () => <TextFieldDemo readOnly />,
  play: async () => {
    await expect(await screen.findByRole('textbox', { name: /^Company name/ })).toHaveAttribute('readonly');
  },
};

function DateFieldDemo() {
  const { t } = useTranslation('customers');
  const form = useForm<{ dateAgreed: string }>({ defaultValues: { dateAgreed: '2026-12-08' } });
  return (
    <TextField
      form={form}
      name="dateAgreed"
      label={t('agreements.dateAgreed')}
      hint={t('agreements.dateAgreedHint')}
      type="date"
      required
    />
  );
}

/**
 * A date field says the chosen day in words under it: the input itself follows the browser's
 * format, and an English browser shows 12/08/2026 here, which a French reader takes for 12 August.
 */
export const DateInFrench: Story = {
  render: () => <DateFieldDemo />,
  globals: { locale: 'fr' },
  play: async () => {
    await expect(await screen.findByLabelText(/^Date d’acceptation/)).toHaveAccessibleDescription(
      expect.stringContaining('mar. 8 déc. 2026'),
    );
  },
};
