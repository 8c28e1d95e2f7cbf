import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { signInAs } from '@/lib/session';
import { getDb } from '@/mocks/db/database';
import { renderApp, waitForShell } from '../../setup/render-app';
import { findDialog } from './support';

describe('account settings: groups', () => {
  it('lists groups with roles and members, creates a group, adds and removes a member', async () => {
    const { user, router } = renderApp('/settings/account/users/groups');
    const table = await screen.findByRole('table', { name: 'Groups' }, { timeout: 15_000 });
    const billing = getDb().groups.find((group) => group.name === 'Billing team');
    expect(within(table).getByText(`${billing?.memberIds.length} members`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create group' }));
    const dialog = await findDialog('Create a group');
    await user.click(within(dialog).getByRole('button', { name: 'Create group' }));
    expect(await within(dialog).findByText('This field is required.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Group name/ }), 'Partner sales');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Sales agent' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Business contributor' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create group' }));
    await user.click(await within(table).findByRole('link', { name: 'Partner sales' }));
    const created = getDb().groups.find((group) => group.name === 'Partner sales');
    expect(created).toMatchObject({
      commercialRoles: ['SalesAgent'],
      developerRoles: ['BusinessContributor'],
    });
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/settings/account/users/groups/${created?.id}`),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Partner sales' })).toBeInTheDocument();
    expect(await screen.findByText('This group has no members yet.')).toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: /User to add/ }), 'carter');
    await user.click(await screen.findByRole('option', { name: /Ben Carter/ }));
    const members = await screen.findByRole('table', { name: 'Members of Partner sales' });
    expect(within(members).getByRole('link', { name: 'Ben Carter' })).toBeInTheDocument();
    expect(created?.memberIds).toEqual(['user-ben-account-admin']);

    await user.click(
      await within(members).findByRole('button', { name: 'Remove Ben Carter from the group' }),
    );
    expect(await screen.findByText('This group has no members yet.')).toBeInTheDocument();
    expect(created?.memberIds).toEqual([]);
  });
});

describe('account settings: Azure AD applications', () => {
  it('adds an application by GUID with roles and removes it', async () => {
    const { user } = renderApp('/settings/account/users/apps');
    const table = await screen.findByRole('table', { name: 'Azure AD applications' }, { timeout: 15_000 });
    expect(within(table).getByText('Billing sync service')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add application' }));
    const dialog = await findDialog('Add an Azure AD application');
    await user.type(within(dialog).getByRole('textbox', { name: /Application \(client\) ID/ }), '1234');
    await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Reporting robot');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));
    expect(await within(dialog).findByText(/Enter a GUID/)).toBeInTheDocument();

    await user.clear(within(dialog).getByRole('textbox', { name: /Application \(client\) ID/ }));
    await user.type(
      within(dialog).getByRole('textbox', { name: /Application \(client\) ID/ }),
      '8c3f1e7a-2b4d-4f6a-9e1c-5d7b9a0c2e4f',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: 'Admin agent' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Manager' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));
    expect(await within(table).findByText('Reporting robot')).toBeInTheDocument();
    expect(getDb().applications.find((app) => app.displayName === 'Reporting robot')).toMatchObject({
      appId: '8c3f1e7a-2b4d-4f6a-9e1c-5d7b9a0c2e4f',
      commercialRoles: ['AdminAgent'],
      developerRoles: ['Manager'],
    });

    await user.click(await within(table).findByRole('button', { name: 'Remove Reporting robot' }));
    const confirm = await findDialog('Remove Reporting robot?');
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(within(table).queryByText('Reporting robot')).not.toBeInTheDocument());
  });

  it('is read-only for a developer, and the API refuses their writes with 403', async () => {
    renderApp('/settings/account/users/apps', { userId: 'user-finn-developer' });
    await waitForShell();
    expect(await screen.findByText(/Only a Global admin or an Account admin can change/)).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Azure AD applications' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add application' })).not.toBeInTheDocument();

    signInAs('user-finn-developer');
    const refused = await api
      .post('/v1/applications', { appId: '8c3f1e7a-2b4d-4f6a-9e1c-5d7b9a0c2e4f', displayName: 'x' })
      .catch((error: unknown) => error);
    expect((refused as ApiError).status).toBe(403);
    expect((refused as ApiError).errorName).toBe('InsufficientPrivileges');
  });
});
