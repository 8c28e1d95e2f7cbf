import type { Meta, StoryObj } from '@storybook/react-vite';
import { useTranslation } from 'react-i18next';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import { screen } from '../../support/play';

/** Says why a form is shown read-only (the signed-in role may not change it). */
const meta = {
  title: 'Components/Shared/ReadOnlyNotice',
  component: ReadOnlyNotice,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ReadOnlyNotice>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async () => {
    await screen.findByText('You can view this page but not change it: your role does not allow it.');
  },
};

export const WithReason: Story = {
  render: function Render() {
    const { t } = useTranslation('accountSettings');
    return <ReadOnlyNotice message={t('readOnly')} />;
  },
  play: async () => {
    await screen.findByText(/Only a Global admin or an Account admin can change these settings/);
  },
};

/** A long message, naming the viewer's roles, gets a title (the customer account page). */
export const Titled: Story = {
  args: {
    title: 'Read only',
    message:
      'Your role (Billing admin) can view this customer but not change it. Ask an Admin agent or a Global admin.',
  },
  play: async () => {
    await screen.findByText('Read only');
    await screen.findByText(/can view this customer but not change it/);
  },
};
