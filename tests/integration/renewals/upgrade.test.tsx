import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';

configure({ asyncUtilTimeout: 30_000 });
beforeEach(() => setNow('2026-12-02T12:00:00Z'));
afterEach(() => setNow(undefined));

const contoso = seededGuid('customer:contosooutdoor');

/** `behindDialog`: the page under an open modal dialog is hidden from assistive technology. */
async function card(name: string, { behindDialog = false } = {}) {
  return (await screen.findByRole('heading', { name, hidden: behindDialog })).closest(
    '.fui-Card',
  ) as HTMLElement;
}

describe('subscriptions and renewals', { timeout: 120_000 }, () => {
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
    // Once upgraded the dialog no longer claims that nothing overlaps: the list has moved on.
    expect(within(dialog).queryByText(/No add-on of this customer overlaps/)).not.toBeInTheDocument();

    // Behind the dialog: the old base is suspended and offers nothing more; Teams Phone is shown as
    // included in E5 rather than as an add-on without a base.
    const oldBase = await card('Office 365 E3', { behindDialog: true });
    await waitFor(() => expect(within(oldBase).getByText('Suspended')).toBeInTheDocument());
    expect(
      within(oldBase).getByText(/^Upgraded: its licences moved to the new subscription/),
    ).toBeInTheDocument();
    const anyButton = { hidden: true } as const;
    expect(
      within(oldBase).queryByRole('button', { ...anyButton, name: 'Upgrade options' }),
    ).not.toBeInTheDocument();
    expect(
      within(oldBase).queryByRole('button', { ...anyButton, name: 'Add licences' }),
    ).not.toBeInTheDocument();
    expect(
      within(await card('Office 365 E5', { behindDialog: true })).getByText('Active'),
    ).toBeInTheDocument();
    const addon = await card('Teams Phone Standard', { behindDialog: true });
    expect(
      within(addon).getByText(/^Office 365 E5 already includes what this add-on adds/),
    ).toBeInTheDocument();
    expect(within(addon).queryByText('No compatible base found in the tenant.')).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('link', { name: 'Add-on alignment' }));
    await screen.findByText(/^Scanned \d+ customers\.$/, {}, { timeout: 60_000 });
    // The link closed the dialog by leaving its page: the new page may still be hidden from
    // assistive technology for a moment while the dialog lets go; it must become reachable.
    const table = await screen.findByRole('table', { name: 'Misaligned add-ons' });
    const row = within(table).getByRole('row', {
      name: /Contoso Outdoor Supply/,
    });
    expect(row).toHaveTextContent('The upgraded base already includes it');
    expect(row).toHaveTextContent(
      'within two billing cycles of the upgraded licence’s billing date: by 2/2/2027',
    );
  });
});
