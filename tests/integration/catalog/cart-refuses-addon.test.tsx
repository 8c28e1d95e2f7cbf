import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';
import { stubLayout } from './layout-stubs';

const customer = (prefix: string) => seededGuid(`customer:${prefix}`);
const thames = customer('thamesanalytics');

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
  it('refuses an add-on for a customer without a base, on the cart line, before checkout', async () => {
    const { user } = renderApp(`/catalog?customer=${thames}&q=business%20voice`);
    await catalogTable();
    await addToCart(user, 'Microsoft 365 Business Voice (without calling plan)');
    await user.click(await screen.findByRole('button', { name: 'Cart (1)' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cart' })).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The addon is not purchasable without a compatible base product.',
    );
    expect(screen.getByRole('button', { name: 'Check out' })).toBeDisabled();
  });
});
