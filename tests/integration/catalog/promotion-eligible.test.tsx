import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';
import { stubLayout } from './layout-stubs';

const customer = (prefix: string) => seededGuid(`customer:${prefix}`);
const northwind = customer('northwindtraders');

stubLayout();
// One test per file: Fluent's focus manager keeps per-window state across tests in jsdom, and a
// modal form opened after another test's render could be left hidden. These flows render the whole catalog; on the shared 2-core machine a second is not always enough.
configure({ asyncUtilTimeout: 15_000 });
afterEach(() => setNow(undefined));

async function catalogTable() {
  return screen.findByRole('table', { name: 'Catalog SKUs' });
}

async function addToCart(user: ReturnType<typeof renderApp>['user'], sku: string, promotion?: string) {
  await user.click(await screen.findByRole('button', { name: `Add ${sku} to cart` }));
  // `hidden: true`: in jsdom, Fluent's focus manager may mark a modal form's surface aria-hidden
  // (it cannot see layout); the browser suite checks the real accessibility tree with axe.
  const dialog = await screen.findByRole('dialog', { name: `Add ${sku} to the cart`, hidden: true });
  if (promotion) await user.selectOptions(within(dialog).getByLabelText('Apply promotion'), promotion);
  await user.click(within(dialog).getByRole('button', { name: 'Add to cart', hidden: true }));
  await waitFor(() =>
    expect(screen.queryByRole('dialog', { name: `Add ${sku} to the cart` })).not.toBeInTheDocument(),
  );
}

describe('catalog purchase', { timeout: 45_000 }, () => {
  it('applies the Business Voice promotion as a discount line for an eligible customer', async () => {
    setNow('2020-12-15T12:00:00Z');
    const { user } = renderApp(`/catalog?customer=${northwind}&q=business%20voice`);
    await catalogTable();
    await addToCart(user, 'Microsoft 365 Business Voice', 'Business Voice adoption (with calling plan)');
    await user.click(await screen.findByRole('button', { name: 'Cart (1)' }));
    expect(
      await screen.findByText(/^Business Voice adoption \(with calling plan\): −25%/),
    ).toBeInTheDocument();
  });
});
