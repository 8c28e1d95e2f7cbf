import { Button } from '@fluentui/react-components';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fn } from 'storybook/test';
import { AppLink } from '@/components/app-link';
import { useNotify } from '@/components/notify';
import { PageHeader } from '@/components/page-header';
import { LoadingBlock } from '@/components/page-state';
import { PlaceholderPage } from '@/components/placeholder-page';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import { SaveResetActions } from '@/components/save-reset-actions';
import { TextField } from '@/components/text-field';
import { expect, screen, userEvent, waitFor } from '../support/play';

/**
 * The small shared pieces every feature reuses. Their text comes from the app's translations
 * (switch the toolbar's language); each story's play function checks what it shows.
 */
export default {
  title: 'Components/Shared',
  parameters: { layout: 'padded' },
} satisfies Meta;

type Story = StoryObj;

export const PageHeaderWithActions: Story = {
  render: function Render() {
    const { t } = useTranslation('customers');
    return (
      <PageHeader
        title={t('title')}
        description={t('list.description')}
        actions={<Button appearance="primary">{t('list.newCustomer')}</Button>}
      />
    );
  },
  play: async () => {
    await screen.findByRole('heading', { level: 1, name: 'Customers' });
    await expect(screen.getByRole('button', { name: 'New customer' })).toBeVisible();
  },
};

export const PageHeaderTitleOnly: Story = {
  render: function Render() {
    const { t } = useTranslation('home');
    return <PageHeader title={t('title')} />;
  },
  play: async () => {
    await screen.findByRole('heading', { level: 1, name: 'Home' });
  },
};

export const LoadingBlockDefault: Story = {
  render: () => <LoadingBlock />,
  play: async () => {
    await screen.findByLabelText('Loading…');
  },
};

export const LoadingBlockTwoRows: Story = {
  render: () => <LoadingBlock rows={2} />,
  play: async () => {
    await screen.findByLabelText('Loading…');
  },
};

export const ReadOnlyNoticeDefault: Story = {
  render: () => <ReadOnlyNotice />,
  play: async () => {
    await screen.findByText('You can view this page but not change it: your role does not allow it.');
  },
};

export const ReadOnlyNoticeWithReason: Story = {
  render: function Render() {
    const { t } = useTranslation('accountSettings');
    return <ReadOnlyNotice message={t('readOnly')} />;
  },
  play: async () => {
    await screen.findByText(/Only a Global admin or an Account admin can change these settings/);
  },
};

export const PlaceholderPageDefault: Story = {
  render: function Render() {
    const { t } = useTranslation('catalog');
    return <PlaceholderPage title={t('title')} />;
  },
  play: async () => {
    await screen.findByRole('heading', { level: 1 });
  },
};

export const AppLinkDefault: Story = {
  render: function Render() {
    const { t } = useTranslation('home');
    return <AppLink to="/customers">{t('cards.customersLink')}</AppLink>;
  },
  play: async () => {
    await expect(await screen.findByRole('link', { name: 'View customers' })).toHaveAttribute(
      'href',
      '/customers',
    );
  },
};

function SaveResetDemo({ isDirty, isPending }: { isDirty: boolean; isPending: boolean }) {
  return <SaveResetActions isDirty={isDirty} isPending={isPending} onReset={fn()} />;
}

export const SaveResetUnchanged: Story = {
  render: () => <SaveResetDemo isDirty={false} isPending={false} />,
  play: async () => {
    await expect(await screen.findByRole('button', { name: 'Save' })).toBeDisabled();
    await expect(screen.getByRole('button', { name: 'Reset' })).toBeDisabled();
  },
};

export const SaveResetChanged: Story = {
  render: () => <SaveResetDemo isDirty isPending={false} />,
  play: async () => {
    await expect(await screen.findByRole('button', { name: 'Save' })).toBeEnabled();
    await expect(screen.getByRole('button', { name: 'Reset' })).toBeEnabled();
  },
};

export const SaveResetSaving: Story = {
  render: () => <SaveResetDemo isDirty isPending />,
  play: async () => {
    await expect(await screen.findByRole('button', { name: 'Saving…' })).toBeDisabled();
  },
};

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

export const TextFieldFilled: Story = {
  render: () => <TextFieldDemo />,
  play: async () => {
    await expect(await screen.findByRole('textbox', { name: /^Company name/ })).toHaveValue(
      'Contoso Outdoor Supply',
    );
  },
};

export const TextFieldWithRuleError: Story = {
  render: () => <TextFieldDemo error="tooLong:100" />,
  play: async () => {
    await screen.findByText('Use at most 100 characters.');
  },
};

export const TextFieldReadOnly: Story = {
  render: () => <TextFieldDemo readOnly />,
  play: async () => {
    await expect(await screen.findByRole('textbox', { name: /^Company name/ })).toHaveAttribute('readonly');
  },
};

export const NotifyToast: Story = {
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
