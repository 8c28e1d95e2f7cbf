import type { Meta, StoryObj } from '@storybook/react-vite';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fn } from 'storybook/test';
import { legalProfileQuery, partnerProfileQuery } from '@/features/account-settings/api/profile';
import { AccountBreadcrumb } from '@/features/account-settings/components/account-breadcrumb';
import { LegalBusinessForm } from '@/features/account-settings/components/legal-business-form';
import { LocationsSection } from '@/features/account-settings/components/locations-section';
import { PartnerProfileForm } from '@/features/account-settings/components/partner-profile-form';
import { FormDialog } from '@/features/account-settings/components/role-assignment-dialog';
import { RoleCheckboxes } from '@/features/account-settings/components/role-checkboxes';
import { SettingsNav } from '@/features/account-settings/components/settings-nav';
import { AddUserDialog } from '@/features/account-settings/components/user-form-dialog';
import type { RoleAssignment } from '@/lib/api-types/account';
import { ApiFailure } from '../support/api-data';
import { componentStory } from '../support/page-story';
import { alertWithText, dialogNamed, expect, screen, userEvent, within } from '../support/play';

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
        items={[
          { label: t('title'), to: '/settings/account' },
          { label: t('users.title'), to: '/settings/account/users' },
          { label: 'Devon Lee' },
        ]}
      />
    );
  },
  play: async () => {
    await screen.findByRole('link', { name: 'Account settings' });
  },
};

export const Navigation: Story = {
  render: () => <SettingsNav />,
  play: async () => {
    await screen.findByRole('link', { name: 'Legal info' });
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
      await expect(within(dialog).getByRole('button', { name: 'Add user' })).toBeVisible();
      await userEvent.tab();
    },
  },
  { faults: { serverErrors: true } },
);
