import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getFaults } from '@/mocks/faults';
import { renderApp, waitForShell } from '../setup/render-app';

describe('developer panel', () => {
  it('turns fault scenarios of the mock on and off', async () => {
    const { user } = renderApp('/');
    await waitForShell();
    await user.click(screen.getByRole('button', { name: 'Developer panel' }));
    const serverErrors = await screen.findByRole('switch', { name: 'Answer every call with HTTP 500' });
    expect(serverErrors).not.toBeChecked();
    await user.click(serverErrors);
    await waitFor(() => expect(getFaults().serverErrors).toBe(true));
    expect(await screen.findByRole('switch', { name: 'Answer every call with HTTP 500' })).toBeChecked();

    await user.click(screen.getByRole('switch', { name: /Throttle the endpoints/ }));
    await waitFor(() => expect(getFaults().throttling).toBe(true));
    // The panel lists the endpoints the seed names as throttled.
    expect(screen.getByText('GET /v1/customers/{customer_id}/subscriptions')).toBeInTheDocument();

    // Its close button says what it does, not the panel's name again.
    const panel = screen.getByRole('dialog', { name: 'Developer panel' });
    expect(within(panel).queryByRole('button', { name: 'Developer panel' })).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Close the developer panel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('opens straight away from the ?devtools=throttling link', async () => {
    renderApp('/?devtools=throttling');
    expect(await screen.findByRole('switch', { name: /Throttle the endpoints/ })).toBeInTheDocument();
  });
});
