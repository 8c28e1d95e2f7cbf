import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setFaults } from '@/mocks/faults';
import { renderApp } from '../../setup/render-app';
import { faultScenarios } from './fault-scenarios';

describe('users page under faults', { timeout: 40_000 }, () => {
  faultScenarios({
    url: '/settings/account/users',
    loading: 'Loading…',
    ready: () => screen.findByRole('table', { name: 'Users' }, { timeout: 15_000 }),
    // GET /v1/users is not among the endpoints Partner Center throttles.
    throttled: false,
  });

  it('offers no export while the directory has not loaded: the file would be empty', async () => {
    setFaults({ serverErrors: true });
    renderApp('/settings/account/users');
    const main = await screen.findByRole('main');
    await within(main).findByRole('alert', {}, { timeout: 15_000 });
    expect(within(main).getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('a failed save keeps the user’s form exactly as typed', async () => {
    const { user } = renderApp('/settings/account/users/user-devon-sales-agent');
    await screen.findByRole('heading', { level: 1, name: 'Devon Lee' });
    const first = screen.getByRole('textbox', { name: /First name/ });
    await user.clear(first);
    await user.type(first, 'Devonne');
    await user.click(screen.getByRole('checkbox', { name: 'Billing admin' }));
    setFaults({ serverErrors: true });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not saved|could not|failed/i);
    expect(first).toHaveValue('Devonne');
    expect(screen.getByRole('checkbox', { name: 'Billing admin' })).toBeChecked();
  });
});
