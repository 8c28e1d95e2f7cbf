import { configure, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';
import { stubLayout } from './layout-stubs';

const customer = (prefix: string) => seededGuid(`customer:${prefix}`);
const bengaluru = customer('bengalurucloud');

stubLayout();
// One test per file: Fluent's focus manager keeps per-window state across tests in the test DOM, and a
// modal form opened after another test's render could be left hidden. These flows render the whole catalog; on the shared 2-core machine a second is not always enough.
configure({ asyncUtilTimeout: 15_000 });
afterEach(() => setNow(undefined));

async function catalogTable() {
  return screen.findByRole('table', { name: 'Catalog SKUs' });
}

describe('catalog purchase', { timeout: 45_000 }, () => {
  it('stops a purchase for a customer with missing screening information', async () => {
    const { user } = renderApp(`/catalog?customer=${bengaluru}&q=office%20365%20e1`);
    await catalogTable();
    await user.click(await screen.findByRole('button', { name: 'Add Office 365 E1 to cart' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add Office 365 E1 to the cart', hidden: true });
    await user.click(within(dialog).getByRole('button', { name: 'Add to cart', hidden: true }));
    const gate = await screen.findByRole('alertdialog', {
      name: 'Screening information is missing',
      hidden: true,
    });
    expect(
      await within(gate).findByRole('link', {
        name: 'Open the account page of Bengaluru Cloudworks',
        hidden: true,
      }),
    ).toHaveAttribute('href', `/customers/${bengaluru}/account`);
    // Nothing reached the cart (the page behind the dialog is hidden from assistive tech meanwhile).
    expect(screen.getByRole('button', { name: 'Cart (0)', hidden: true })).toBeInTheDocument();
  });
});
