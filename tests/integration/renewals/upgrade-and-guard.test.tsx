import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';

configure({ asyncUtilTimeout: 30_000 });
beforeEach(() => setNow('2026-12-02T12:00:00Z'));
afterEach(() => setNow(undefined));

const contoso = seededGuid('customer:contosooutdoor');
const alster = seededGuid('customer:alsterlogistik');

async function card(name: string) {
  return (await screen.findByRole('heading', { name })).closest('.fui-Card') as HTMLElement;
}

describe('subscriptions and renewals', { timeout: 120_000 }, () => {
  it('warns before a mid-term change drops a scheduled change, then re-applies it', async () => {
    const { user } = renderApp(`/customers/${alster}/subscriptions`);
    const addon = await card('Teams Phone Standard');
    const align = within(addon).getByRole('button', { name: 'Schedule coterm at renewal' });
    await waitFor(() => expect(align).toBeEnabled());
    await user.click(align);
    await within(addon).findByText('Scheduled change at renewal');
    await user.click(
      within(await card('Teams Phone Standard')).getByRole('switch', { name: /Auto-renew Teams Phone/ }),
    );
    const guard = await screen.findByRole('dialog', { name: 'Remove the scheduled change?' });
    await user.click(within(guard).getByRole('button', { name: 'Change anyway' }));
    await within(await card('Teams Phone Standard')).findByText('The scheduled change was removed');
    // Auto-renew is now off, so nothing can be scheduled until it is back on.
    await user.click(
      within(await card('Teams Phone Standard')).getByRole('switch', { name: /Auto-renew Teams Phone/ }),
    );
    const reapply = within(await card('Teams Phone Standard')).getByRole('button', {
      name: 'Re-apply scheduled change',
    });
    await waitFor(() => expect(reapply).toBeEnabled());
    await user.click(reapply);
    await within(await card('Teams Phone Standard')).findByText('Scheduled change at renewal');
  });

  it('upgrades E3 to E5 through the transition flow and flags the included add-on with its support deadline', async () => {
    const { user } = renderApp(`/customers/${contoso}/subscriptions`);
    await user.click(
      await within(await card('Office 365 E3')).findByRole('button', { name: 'Upgrade options' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Upgrade Office 365 E3' });
    const upgrade = within(dialog).getByRole('button', { name: 'Upgrade now' });
    await waitFor(() => expect(upgrade).toBeEnabled());
    await user.click(upgrade);
    await within(dialog).findByText(/Office 365 E3 upgraded to Office 365 E5\./);
    await user.click(within(dialog).getByRole('link', { name: 'Add-on alignment' }));
    await screen.findByText(/^Scanned \d+ customers\.$/, {}, { timeout: 60_000 });
    const row = within(screen.getByRole('table', { name: 'Misaligned add-ons' })).getByRole('row', {
      name: /Contoso Outdoor Supply/,
    });
    expect(row).toHaveTextContent('The upgraded base already includes it');
    expect(row).toHaveTextContent(
      'within two billing cycles of the upgraded licence’s billing date: by 2/2/2027',
    );
  });
});
