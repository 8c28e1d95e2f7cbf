import { screen, waitFor } from '@testing-library/react';
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
  });

  it('opens straight away from the ?devtools=throttling link', async () => {
    renderApp('/?devtools=throttling');
    expect(await screen.findByRole('switch', { name: /Throttle the endpoints/ })).toBeInTheDocument();
  });
});
