import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { getDb } from '@/mocks/db/database';
import { renderApp, waitForShell } from '../../setup/render-app';
import { findDialog } from './support';

describe('account settings: users', () => {
  it('lists users with the total, pages, and searches and sorts the whole directory in the page', async () => {
    const requested: URL[] = [];
    const { server } = await import('@/mocks/node');
    const listener = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/v1/users') requested.push(url);
    };
    server.events.on('request:start', listener);
    onTestFinished(() => void server.events.removeListener('request:start', listener));

    const { user, router } = renderApp('/settings/account/users');
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    const total = getDb().partnerUsers.length;
    expect(await screen.findByText(`1–25 of ${total} users`)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Users' });
    expect(within(table).getAllByRole('row')).toHaveLength(26);
    // An address reads whole, and a column too narrow for it breaks it before the @ (in French, at
    // 1280 px, addresses used to wrap in the middle of the domain).
    const firstEmail = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell')[1]!;
    expect(firstEmail).toHaveTextContent(/^[^@\s]+@woodgrovecloud\.com$/);
    expect(firstEmail.querySelector('wbr')?.nextSibling?.textContent).toBe('@woodgrovecloud.com');

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText(`26–50 of ${total} users`)).toBeInTheDocument();
    expect(router.state.location.search).toContain('page=2');

    // The table answers the keystroke itself, before the URL catches up, from the first page.
    const expected = getDb().partnerUsers.filter((u) => /novak/i.test(u.displayName + u.email)).length;
    await user.type(screen.getByRole('searchbox'), 'novak');
    expect(screen.getByText(`1–${expected} of ${expected} users`)).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Users' })).getByRole('link', { name: 'Eva Novak' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe('?q=novak'));

    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'zzqx');
    expect(screen.getByText('No user matches “zzqx”.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();

    await user.clear(screen.getByRole('searchbox'));
    expect(screen.getByText(`1–25 of ${total} users`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Email' }));
    await waitFor(() => expect(router.state.location.search).toContain('sort=email'));
    await user.click(screen.getByRole('button', { name: 'Email' }));
    await waitFor(() => expect(router.state.location.search).toContain('sort=-email'));
    const sortedEmails = getDb()
      .partnerUsers.map((u) => u.email)
      .sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base', numeric: true }));
    await waitFor(() => {
      const firstRow = within(screen.getByRole('table', { name: 'Users' })).getAllByRole('row')[1];
      expect(firstRow).toHaveTextContent(sortedEmails[0] ?? '');
    });
    await waitFor(() => expect(router.state.location.search).not.toContain('q='));
    expect(screen.getByRole('searchbox')).toHaveValue('');

    // Paging a search before its pause is over pages that search.
    const matchingAr = getDb().partnerUsers.filter(
      (u) => /ar/i.test(u.displayName) || /ar/i.test(u.email),
    ).length;
    expect(matchingAr).toBeGreaterThan(25);
    await user.type(screen.getByRole('searchbox'), 'ar');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(
      await screen.findByText(`26–${Math.min(50, matchingAr)} of ${matchingAr} users`),
    ).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('ar');
    expect(new URLSearchParams(router.state.location.search).get('page')).toBe('2');

    // Searching and sorting asked the API for nothing: the directory was read once, whole.
    expect(requested.map((url) => url.searchParams.get('q'))).toEqual([null]);
    expect(requested[0]?.searchParams.get('size')).toBe('500');
  });

  it('adds a user, and refuses a duplicate email at the field with the 409 from the API', async () => {
    const { user } = renderApp('/settings/account/users');
    await user.click(await screen.findByRole('button', { name: 'Add user' }));
    const dialog = await findDialog('Add a user');
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));
    expect(await within(dialog).findAllByText('This field is required.')).toHaveLength(3);

    await user.type(within(dialog).getByRole('textbox', { name: /First name/ }), 'Zed');
    await user.type(within(dialog).getByRole('textbox', { name: /Last name/ }), 'Quill');
    await user.type(within(dialog).getByRole('textbox', { name: /Email/ }), 'not-an-email');
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));
    expect(await within(dialog).findByText(/Enter a valid email address/)).toBeInTheDocument();

    await user.clear(within(dialog).getByRole('textbox', { name: /Email/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Email/ }), 'Ana.Ruiz@woodgrovecloud.com');
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));
    expect(
      await within(dialog).findByText('This email is already in use by another user.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /Email/ })).toHaveAttribute('aria-invalid', 'true');

    await user.clear(within(dialog).getByRole('textbox', { name: /Email/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Email/ }), 'zed.quill@woodgrovecloud.com');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Billing admin' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const created = getDb().partnerUsers.find((u) => u.email === 'zed.quill@woodgrovecloud.com');
    expect(created).toMatchObject({
      displayName: 'Zed Quill',
      commercialRoles: ['BillingAdmin'],
      developerRoles: [],
    });
  });

  it('saves a commercial and a developer role in one request', async () => {
    const target = getDb().partnerUsers.find((u) => u.id === 'user-devon-sales-agent');
    const { user } = renderApp('/settings/account/users/user-devon-sales-agent');
    expect(await screen.findByRole('heading', { level: 1, name: 'Devon Lee' })).toBeInTheDocument();
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Billing admin' }));
    await user.click(screen.getByRole('checkbox', { name: 'Developer' }));
    expect(save).toBeEnabled();

    const patches: string[] = [];
    const { server } = await import('@/mocks/node');
    const listener = ({ request }: { request: Request }) => {
      if (request.method === 'PATCH') patches.push(new URL(request.url).pathname);
    };
    server.events.on('request:start', listener);
    await user.click(save);
    expect(await screen.findByText('Devon Lee saved.')).toBeInTheDocument();
    server.events.removeListener('request:start', listener);
    expect(patches).toEqual(['/v1/users/user-devon-sales-agent']);
    expect(target?.commercialRoles).toEqual(['SalesAgent', 'BillingAdmin']);
    expect(target?.developerRoles).toEqual(['Developer']);
    expect(save).toBeDisabled();
  });

  it('refuses to take Global admin from the last Global admin, with the reason shown', async () => {
    const { user } = renderApp('/settings/account/users/user-ana-global-admin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana Ruiz' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Global admin' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The organization needs at least one Global admin',
    );
    expect(screen.getByRole('checkbox', { name: 'Global admin' })).not.toBeChecked();
    expect(getDb().partnerUsers.find((u) => u.id === 'user-ana-global-admin')?.commercialRoles).toContain(
      'GlobalAdmin',
    );
  });

  it('refuses to remove the last Global admin, and removes an ordinary user', async () => {
    const { user, router } = renderApp('/settings/account/users/user-ana-global-admin', {
      userId: 'user-ben-account-admin',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana Ruiz' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove user' }));
    const dialog = await findDialog('Remove Ana Ruiz?');
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('at least one Global admin');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await router.navigate('/settings/account/users/user-finn-developer');
    expect(await screen.findByRole('heading', { level: 1, name: 'Finn Okafor' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove user' }));
    const confirm = await findDialog('Remove Finn Okafor?');
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/account/users'));
    expect(getDb().partnerUsers.some((u) => u.id === 'user-finn-developer')).toBe(false);
  });

  it('refuses to let you remove yourself', async () => {
    const { user } = renderApp('/settings/account/users/user-ben-account-admin', {
      userId: 'user-ben-account-admin',
    });
    expect(await screen.findByText('This is you.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove user' }));
    const dialog = await findDialog('Remove Ben Carter?');
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('You cannot remove yourself');
  });

  it('is read-only for a user without an admin role', async () => {
    renderApp('/settings/account/users/user-finn-developer', { userId: 'user-devon-sales-agent' });
    await waitForShell();
    expect(await screen.findByRole('heading', { level: 1, name: 'Finn Okafor' })).toBeInTheDocument();
    expect(await screen.findByText(/Only a Global admin or an Account admin can change/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove user' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Developer' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: /Email/ })).toHaveAttribute('readonly');
  });
});
