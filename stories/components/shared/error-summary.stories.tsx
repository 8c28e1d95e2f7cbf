import { Button } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/zod';
import { ErrorSummary, errorSummaryFormOptions } from '@/components/error-summary';
import { TextField } from '@/components/text-field';
import { expect, screen, userEvent, waitFor, within } from '../../support/play';

/**
 * "There is a problem": after a submit that fails validation, focus moves to a box listing each
 * problem as a link to its field; the list shrinks as problems are fixed.
 */
const meta = {
  title: 'Components/Shared/ErrorSummary',
  component: ErrorSummary,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ErrorSummary>;
export default meta;
type Story = StoryObj;

// Rule keys as the app's shared schemas write them; the summary and the fields translate them.
const schema = z.object({
  companyName: z.string().min(1, 'required'),
  email: z.string().email('email'),
});
type Values = z.infer<typeof schema>;

function ContactForm() {
  const { t } = useTranslation('customers');
  const { t: tCommon } = useTranslation();
  const form = useForm<Values>({
    ...errorSummaryFormOptions,
    resolver: zodResolver(schema),
    defaultValues: { companyName: '', email: 'not an address' },
  });
  return (
    <form noValidate onSubmit={form.handleSubmit(() => undefined)}>
      <ErrorSummary form={form} labels={{ companyName: t('fields.companyName'), email: t('fields.email') }} />
      <TextField form={form} name="companyName" label={t('fields.companyName')} required />
      <TextField form={form} name="email" label={t('fields.email')} required />
      <Button appearance="primary" type="submit">
        {tCommon('actions.save')}
      </Button>
    </form>
  );
}

export const NoSubmitYet: Story = {
  render: () => <ContactForm />,
  play: async () => {
    await screen.findByRole('textbox', { name: /^Company name/ });
    await expect(screen.queryByRole('alert')).toBeNull();
  },
};

export const AfterAFailedSubmit: Story = {
  render: () => <ContactForm />,
  play: async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    await expect(links.map((link) => link.textContent)).toEqual(['Company name', 'Email']);
    await userEvent.click(within(summary).getByRole('link', { name: 'Email' }));
    await expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveFocus();
  },
};
