import type { Meta, StoryObj } from '@storybook/react-vite';
import { BillingFields } from '@/features/customers/components/customer-fields';
import { emptyCustomerForm } from '@/features/customers/customer-form';
import { useCustomerForm } from '@/features/customers/use-customer-form';
import { expect, screen, userEvent, waitFor } from '../support/play';

/** The customer form's billing fields, with the country rules the mock serves for each country. */
export default {
  title: 'Components/Customers/Customer fields',
  parameters: { layout: 'padded' },
} satisfies Meta;
type Story = StoryObj;

function Fields({ country }: { country: string }) {
  const { form, rules, rulesError } = useCustomerForm('create', { ...emptyCustomerForm, country });
  return (
    <form noValidate>
      <BillingFields control={form.control} rules={rules} rulesError={rulesError} />
    </form>
  );
}

const inn = () => screen.findByRole('textbox', { name: /^Organization INN/ });

export const Kazakhstan: Story = {
  render: () => <Fields country="KZ" />,
  play: async () => {
    await screen.findByRole('textbox', { name: /Organization INN \(БИН\/ИИН – BIN\/IIN\)/ });
    await userEvent.type(await inn(), '12345678901');
    await userEvent.tab();
    await screen.findByText('Kazakhstan’s BIN/IIN has 12 digits; you entered 11.');
  },
};

export const Moldova: Story = {
  render: () => <Fields country="MD" />,
  play: async () => {
    await userEvent.type(await inn(), '123456789');
    await userEvent.tab();
    await screen.findByText(/^Moldova’s IDNO\/IDNP has 6, 7, 8,? or 13 digits; you entered 9\.$/);
  },
};

export const UnitedStates: Story = {
  render: () => <Fields country="US" />,
  play: async () => {
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Organization INN (optional)' })).toBeVisible(),
    );
  },
};
