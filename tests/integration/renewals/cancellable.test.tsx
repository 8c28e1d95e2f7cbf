import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type Collection } from '@/lib/api-client';
import type { Subscription } from '@/lib/api-types/catalog';
import { setNow } from '@/lib/clock';
import { customerIdByName } from '../customers/helpers';
import { renderApp } from '../../setup/render-app';

configure({ asyncUtilTimeout: 30_000 });
beforeEach(() => setNow('2026-12-02T12:00:00Z'));
afterEach(() => {
  vi.useRealTimers();
  setNow(undefined);
});

async function subscriptionOf(customerName: string, friendlyName: string): Promise<Subscription> {
  const customerId = await customerIdByName(customerName);
  const page = await api.get<Collection<Subscription>>(`/v1/customers/${customerId}/subscriptions`);
  const match = page.items.find((item) => item.friendlyName === friendlyName);
  if (!match) throw new Error(`${customerName} has no subscription named ${friendlyName}`);
  return match;
}

async function cancellableTable() {
  await screen.findByText(/^Scanned \d+ customers\.$/, {}, { timeout: 60_000 });
  return screen.getByRole('table', { name: 'Subscriptions and seats still inside their window' });
}

describe('still cancellable', { timeout: 90_000 }, () => {
  it('lists what is inside its 168-hour window, with the time left, and cancels a subscription', async () => {
    const { user } = renderApp('/renewals/cancellable');
    const table = await cancellableTable();
    const atelier = within(table).getByRole('row', { name: /Atelier Bordeaux SAS/ });
    expect(atelier).toHaveTextContent('The subscription (6 seats)');
    expect(atelier).toHaveTextContent('123 h 0 min left (until Dec 7, 2026, 3:00 PM)');
    const ipanema = within(table).getByRole('row', { name: /Ipanema Pagamentos/ });
    expect(ipanema).toHaveTextContent('5 added seats');
    // Added seats can be removed, but the subscription itself is older than its window.
    expect(within(ipanema).queryByRole('button', { name: /^Cancel/ })).not.toBeInTheDocument();

    const rheinwerk = within(table).getByRole('row', { name: /Rheinwerk Maschinenbau GmbH/ });
    // The button shows the verb; its name adds the subscription, as the row around it does.
    const cancel = within(rheinwerk).getByRole('button', { name: 'Cancel Audio Conferencing' });
    expect(cancel).toHaveTextContent(/^Cancel$/);
    await user.click(cancel);
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Cancel Audio Conferencing for Rheinwerk Maschinenbau GmbH?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }));
    expect(await screen.findByText('Audio Conferencing cancelled.')).toBeInTheDocument();
    expect((await subscriptionOf('Rheinwerk Maschinenbau GmbH', 'Audio Conferencing')).status).toBe(
      'deleted',
    );
  });

  it('removes added seats, no more than were added in the window', async () => {
    const before = await subscriptionOf('Ipanema Pagamentos', 'Microsoft 365 Business Standard');
    const { user } = renderApp('/renewals/cancellable');
    const ipanema = within(await cancellableTable()).getByRole('row', { name: /Ipanema Pagamentos/ });
    await user.click(
      within(ipanema).getByRole('button', { name: 'Reduce seats of Microsoft 365 Business Standard' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Change the licences of Microsoft 365 Business Standard',
    });
    const quantity = within(dialog).getByRole('spinbutton', { name: 'New quantity' });
    expect(quantity).toHaveAccessibleDescription(
      `Current quantity: ${before.quantity}. You can remove up to 5 licences added in the last 168 hours.`,
    );

    await user.clear(quantity);
    await user.type(quantity, String(before.quantity - 6));
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(
      await within(dialog).findByText(
        `You can remove at most 5 licences; enter ${before.quantity - 5} or more.`,
        { selector: ':not(a)' },
      ),
    ).toBeInTheDocument();
    expect(quantity).toHaveValue(before.quantity - 6);

    await user.clear(quantity);
    await user.type(quantity, String(before.quantity - 5));
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Microsoft 365 Business Standard updated.')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await subscriptionOf('Ipanema Pagamentos', 'Microsoft 365 Business Standard')).quantity).toBe(
        before.quantity - 5,
      ),
    );
  });

  it('keeps a row whose window closes while the page is open, and offers to turn off auto-renew', async () => {
    // Only the page's countdown interval is faked: the scan, the API and the user events keep real timers.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { user } = renderApp('/renewals/cancellable');
    const table = await cancellableTable();
    expect(within(table).getByRole('row', { name: /Rheinwerk Maschinenbau GmbH/ })).toHaveTextContent(
      '69 h 0 min left (until Dec 5, 2026, 9:00 AM)',
    );

    setNow('2026-12-05T10:00:00Z');
    vi.advanceTimersByTime(15_000);
    const rheinwerk = await within(table).findByRole('row', { name: /Rheinwerk Maschinenbau GmbH.*closed/ });
    expect(rheinwerk).toHaveTextContent('The window has closed: you can still turn off auto-renew.');
    expect(
      within(rheinwerk).queryByRole('button', { name: /^(Cancel|Reduce seats)/ }),
    ).not.toBeInTheDocument();
    const turnOff = within(rheinwerk).getByRole('button', {
      name: 'Turn off auto-renew of Audio Conferencing',
    });
    expect(turnOff).toHaveTextContent(/^Turn off auto-renew$/);
    await user.click(turnOff);
    expect(await screen.findByText('Audio Conferencing updated.')).toBeInTheDocument();
    expect((await subscriptionOf('Rheinwerk Maschinenbau GmbH', 'Audio Conferencing')).autoRenewEnabled).toBe(
      false,
    );
  });
});
