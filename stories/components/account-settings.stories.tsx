import type { Meta, StoryObj } from '@storybook/react-vite';
import { useQuery } from '@tanstack/react-query';
import { useState, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fn } from 'storybook/test';
import {
  billingProfileQuery,
  legalProfileQuery,
  partnerProfileQuery,
  supportProfileQuery,
} from '@/features/account-settings/api/profile';
import { userEmailsQuery } from '@/features/account-settings/api/users';
import { AccountBreadcrumb } from '@/features/account-settings/components/account-breadcrumb';
import { BillingProfileForm } from '@/features/account-settings/components/billing-profile-form';
import { ImportPreviewTable } from '@/features/account-settings/components/import-preview-table';
import { ImportProgress } from '@/features/account-settings/components/import-progress';
import { LegalBusinessForm } from '@/features/account-settings/components/legal-business-form';
import { LocationsSection } from '@/features/account-settings/components/locations-section';
import { PartnerProfileForm } from '@/features/account-settings/components/partner-profile-form';
import { FormDialog } from '@/features/account-settings/components/role-assignment-dialog';
import { RoleCheckboxes } from '@/features/account-settings/components/role-checkboxes';
import { SettingsNav } from '@/features/account-settings/components/settings-nav';
import { SupportProfileForm } from '@/features/account-settings/components/support-profile-form';
import { RowPager } from '@/features/account-settings/components/row-pager';
import { AddUserDialog } from '@/features/account-settings/components/user-form-dialog';
import { UsersTable } from '@/features/account-settings/components/users-table';
import { planRun, type ImportRun } from '@/features/account-settings/import-run';
import { previewCsv, type ImportPreview } from '@/features/account-settings/user-import';
import type { RoleAssignment } from '@/lib/api-types/account';
import { ApiFailure } from '../support/api-data';
import { componentStory } from '../support/page-story';
import { alertWithText, dialogNamed, expect, screen, userEvent, waitFor, within } from '../support/play';

/** The account settings feature's components, with the partner profile the mock serves. */
export default {
  title: 'Components/Account settings',
  parameters: { layout: 'padded' },
} satisfies Meta;
type Story = StoryObj;

function Roles({ initial, disabled = false }: { initial: RoleAssignment; disabled?: boolean }) {
  const [value, setValue] = useState(initial);
  return <RoleCheckboxes value={value} onChange={setValue} disabled={disabled} />;
}

export const RoleCheckboxesBothFamilies: Story = {
  render: () => <Roles initial={{ commercialRoles: ['AdminAgent'], developerRoles: ['Developer'] }} />,
  play: async () => {
    await expect(await screen.findByRole('checkbox', { name: /Admin agent/ })).toBeChecked();
    await expect(screen.getByRole('group', { name: 'Commercial roles' })).toBeVisible();
    await expect(screen.getByRole('group', { name: 'Developer roles' })).toBeVisible();
  },
};

export const RoleCheckboxesDisabled: Story = {
  render: () => <Roles initial={{ commercialRoles: ['SalesAgent'], developerRoles: [] }} disabled />,
  play: async () => {
    await expect(await screen.findByRole('checkbox', { name: /Sales agent/ })).toBeDisabled();
  },
};

export const Breadcrumb: Story = {
  render: function Render() {
    const { t } = useTranslation('accountSettings');
    return (
      <AccountBreadcrumb
        items={[{ label: t('users.title'), to: '/settings/account/users' }, { label: 'Devon Lee' }]}
      />
    );
  },
  play: async () => {
    // The component starts the trail at Account settings itself.
    await screen.findByRole('link', { name: 'Account settings' });
    await expect(screen.getByRole('link', { name: 'Users' })).toBeVisible();
    await expect(screen.getByText('Devon Lee').closest('[aria-current="page"]')).not.toBeNull();
  },
};

const tableUsers = [
  {
    id: 'user-story-1',
    displayName: 'Zoe Garcia',
    firstName: 'Zoe',
    lastName: 'Garcia',
    email: 'zoe.garcia@woodgrovecloud.com',
    commercialRoles: ['AdminAgent'],
    developerRoles: ['Developer'],
    lastSignIn: '2026-11-20T09:00:00.000Z',
    attributes: { objectType: 'PartnerUser' },
  },
  {
    id: 'user-story-2',
    displayName: 'Aiko Abe',
    firstName: 'Aiko',
    lastName: 'Abe',
    email: 'aiko.abe@woodgrovecloud.com',
    commercialRoles: [],
    developerRoles: [],
    attributes: { objectType: 'PartnerUser' },
  },
] as const satisfies ComponentProps<typeof UsersTable>['users'];

const onSort = fn();

export const UsersTableSortedByEmailDescending: Story = {
  render: () => <UsersTable users={tableUsers} sort="-email" onSort={onSort} />,
  play: async () => {
    const table = await screen.findByRole('table', { name: 'Users' });
    await expect(within(table).getByRole('columnheader', { name: 'Email' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(within(table).getByRole('link', { name: 'Zoe Garcia' })).toBeVisible();
    // A user without roles or sign-in says so rather than leaving the cells blank.
    await expect(within(table).getAllByText('None')).toHaveLength(2);
    await expect(within(table).getByText('Never')).toBeVisible();
    await userEvent.click(within(table).getByRole('button', { name: 'Email' }));
    await expect(onSort).toHaveBeenCalledWith('email');
  },
};

export const Navigation: Story = {
  render: () => <SettingsNav />,
  play: async () => {
    await screen.findByRole('link', { name: 'Legal' });
    await expect(screen.getByRole('link', { name: 'Azure AD applications' })).toBeVisible();
  },
};

export const LegalBusinessProfileForm: Story = {
  render: function Render() {
    const { data } = useQuery(legalProfileQuery());
    return data ? <LegalBusinessForm profile={data} canEdit onDirtyChange={fn()} /> : <></>;
  },
  play: async () => {
    await screen.findByRole('button', { name: 'Save' });
  },
};

export const LegalBusinessProfileReadOnly: Story = {
  render: function Render() {
    const { data } = useQuery(legalProfileQuery());
    return data ? <LegalBusinessForm profile={data} canEdit={false} onDirtyChange={fn()} /> : <></>;
  },
  play: async () => {
    await screen.findAllByRole('textbox');
  },
};

export const PartnerProfile: Story = {
  render: function Render() {
    const { data } = useQuery(partnerProfileQuery());
    return data ? <PartnerProfileForm profile={data} canEdit onDirtyChange={fn()} /> : <></>;
  },
  play: async () => {
    await screen.findByRole('button', { name: 'Save' });
  },
};

export const BillingProfile: Story = {
  render: function Render() {
    const { data } = useQuery(billingProfileQuery());
    return data ? <BillingProfileForm profile={data} canEdit onDirtyChange={fn()} /> : <></>;
  },
  play: async () => {
    await screen.findByRole('button', { name: 'Save' });
  },
};

/** Submitted with an empty city and a phone number made of words: the summary takes focus. */
export const BillingProfileWithProblems: Story = {
  render: BillingProfile.render,
  play: async () => {
    const form = await screen.findByRole('form', { name: 'Billing profile' });
    await userEvent.clear(within(form).getByRole('textbox', { name: /^City/ }));
    const phone = within(form).getByRole('textbox', { name: /^Phone number/ });
    await userEvent.clear(phone);
    await userEvent.type(phone, 'call us');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    const summary = await within(form).findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
  },
};

export const SupportProfile: Story = {
  render: function Render() {
    const { data } = useQuery(supportProfileQuery());
    return data ? <SupportProfileForm profile={data} canEdit onDirtyChange={fn()} /> : <></>;
  },
  play: async () => {
    await screen.findByRole('button', { name: 'Save' });
  },
};

export const SupportProfileReadOnly: Story = {
  render: function Render() {
    const { data } = useQuery(supportProfileQuery());
    return data ? <SupportProfileForm profile={data} canEdit={false} onDirtyChange={fn()} /> : <></>;
  },
  play: async () => {
    const email = await screen.findByRole('textbox', { name: /Support email/ });
    await expect(email).toHaveAttribute('readonly');
  },
};

export const Locations: Story = {
  render: () => <LocationsSection canEdit />,
  play: async () => {
    await screen.findByRole('button', { name: 'Add location' });
  },
};

export const AddUser: Story = {
  render: () => <AddUserDialog open onClose={fn()} />,
  play: async () => {
    await dialogNamed('Add a user');
  },
};

/** The dialog frame every settings form uses, showing the service's refusal (here a 500). */
export const FormDialogWithServiceError = componentStory<Story>(
  {
    render: function Render() {
      const { t } = useTranslation('accountSettings');
      return (
        <ApiFailure path="/v1/users">
          {(error) => (
            <FormDialog
              title={t('users.addTitle')}
              submitLabel={t('users.add')}
              pending={false}
              error={error}
              onSubmit={fn()}
              onClose={fn()}
            >
              <p>{t('readOnly')}</p>
            </FormDialog>
          )}
        </ApiFailure>
      );
    },
    play: async () => {
      const dialog = await dialogNamed('Add a user');
      await alertWithText('An unexpected error occurred in the service');
      // The dialog fades in: visible once its opening transition is over.
      await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Add user' })).toBeVisible());
      await userEvent.tab();
    },
  },
  { faults: { serverErrors: true } },
);

/**
 * A CSV file as a person would write it: two good rows, one address that is already a user of the
 * mock's directory, one row with an unknown role and an address used twice in the file.
 */
const importCsv = [
  'firstName,lastName,email,commercialRoles,developerRoles',
  'Grace,Hopper,grace.hopper@woodgrovecloud.com,SalesAgent,',
  'Alan,Turing,alan.turing@woodgrovecloud.com,Admin agent;HelpdeskAgent,Developer',
  'Ana,Ruiz,ana.ruiz@woodgrovecloud.com,GlobalAdmin,',
  'Linus,Pauling,grace.hopper@woodgrovecloud.com,Wizard,',
].join('\n');

/** The file checked against the directory's current addresses, as the import page does it. */
function WithPreview({ children }: { children: (preview: ImportPreview) => ReactNode }) {
  const emails = useQuery(userEmailsQuery());
  return emails.data ? <>{children(previewCsv(importCsv, emails.data))}</> : null;
}

export const ImportPreviewWithProblems: Story = {
  render: () => <WithPreview>{(preview) => <ImportPreviewTable rows={preview.rows} />}</WithPreview>,
  play: async () => {
    const table = await screen.findByRole('table', { name: 'Rows of the file' });
    await expect(within(table).getAllByText('Ready')).toHaveLength(2);
    await expect(within(table).getByText('Already a user')).toBeVisible();
    await expect(within(table).getByText('Unknown role: Wizard')).toBeVisible();
  },
};

function Progress({ state, waitSeconds = null }: { state: ImportRun['state']; waitSeconds?: number | null }) {
  return (
    <WithPreview>
      {(preview) => (
        <ImportProgress
          run={{ ...planRun(preview.rows, 'users.csv', 'user-ana-global-admin'), state }}
          resumed={false}
          waitSeconds={waitSeconds}
          stopping={false}
          onStop={fn()}
          onResume={fn()}
          onReset={fn()}
        />
      )}
    </WithPreview>
  );
}

/** Sending, and waiting out a 429 before the next row. */
export const ImportProgressWaiting: Story = {
  render: () => <Progress state="running" waitSeconds={3} />,
  play: async () => {
    await screen.findByRole('heading', { name: 'Creating the users' });
    await expect(screen.getByRole('status')).toHaveTextContent(
      '0 of 2 rows sent: 0 created, 0 refused. Partner Center asked us to slow down: the next row goes in 3 s.',
    );
    await expect(screen.getByRole('button', { name: 'Stop' })).toBeEnabled();
  },
};

/** The network went away: the rows not sent yet wait for Resume. */
export const ImportProgressPaused: Story = {
  render: () => <Progress state="paused" />,
  play: async () => {
    const alert = await screen.findByRole('alert');
    await expect(alert).toHaveTextContent('The service could not be reached. 2 rows have not been sent yet.');
    await expect(within(alert).getByRole('button', { name: 'Resume' })).toBeVisible();
  },
};

export const RowPagerMiddlePage: Story = {
  render: function Render() {
    const { t } = useTranslation('accountSettings');
    const [page, setPage] = useState(2);
    return <RowPager label={t('userImport.rowsPagination')} page={page} pages={3} setPage={setPage} />;
  },
  play: async () => {
    const nav = await screen.findByRole('navigation', { name: 'Pages of rows' });
    await expect(nav).toHaveTextContent('Page 2 of 3');
    await userEvent.click(within(nav).getByRole('button', { name: /Next/ }));
    await expect(nav).toHaveTextContent('Page 3 of 3');
    await expect(within(nav).getByRole('button', { name: /Next/ })).toBeDisabled();
  },
};
