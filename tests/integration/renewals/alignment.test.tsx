import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { renderApp } from '../../setup/render-app';

configure({ asyncUtilTimeout: 30_000 });
beforeEach(() => setNow('2026-12-02T12:00:00Z'));
afterEach(() => setNow(undefined));

async function scanned() {
  await screen.findByText(/^Scanned \d+ customers\.$/, {}, { timeout: 60_000 });
}

describe('add-on alignment', { timeout: 90_000 }, () => {
  it('lists misaligned add-ons with money at risk, previews a bulk coterm and applies it per row', async () => {
    const { user } = renderApp('/renewals/alignment');
    await scanned();
    const table = screen.getByRole('table', { name: 'Misaligned add-ons' });
    const alster = within(table).getByRole('row', { name: /Alster Logistik AG/ });
    expect(alster).toHaveTextContent('Ends after its base');
    expect(alster).toHaveTextContent('EUR');
    expect(within(table).getByRole('row', { name: /Sakura Precision KK/ })).toHaveTextContent(
      'Its base is cancelled or suspended',
    );
    expect(within(table).getByRole('row', { name: /Lumiere Conseil/ })).toHaveTextContent(
      'Its base will not renew',
    );
    // An add-on that renews past a base that does not is at risk until its next term ends, and the
    // row says that date is after its renewal; one that ends with its current term says it plainly.
    expect(within(table).getByRole('row', { name: /Lumiere Conseil/ })).toHaveTextContent(
      /\d+\/\d+\/\d{4} once renewed on 12\/25\/2026 \/ /,
    );
    expect(alster).not.toHaveTextContent('once renewed');

    await user.click(within(alster).getByRole('checkbox', { name: /Select Teams Phone Standard of Alster/ }));
    const lumiere = within(table).getByRole('row', { name: /Lumiere Conseil/ });
    await user.click(within(lumiere).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const dialog = await screen.findByRole('dialog', { name: /Preview: Schedule coterm at renewal/ }, {});
    await within(dialog).findByText(/Teams Phone Standard \(Alster Logistik AG\): .* → 1\/24\/2028/);
    expect(dialog).toHaveTextContent('Audio Conferencing (Lumiere Conseil)');
    await user.click(within(dialog).getByRole('button', { name: /Apply to 2 subscriptions/ }));
    await within(dialog).findByText('Teams Phone Standard (Alster Logistik AG): done.');
    expect(dialog).toHaveTextContent('Audio Conferencing (Lumiere Conseil): done.');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Misaligned add-ons' })).getByRole('row', {
          name: /Alster/,
        }),
      ).toHaveTextContent('Coterm scheduled: the next term ends on 1/24/2028.'),
    );
  });
});
