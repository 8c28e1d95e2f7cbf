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
  it('sells the add-on when the base came from another partner, and the new subscription has its own term', async () => {
    const { user, router } = renderApp(`/catalog?customer=${northwind}&q=business%20voice`);
    await catalogTable();
    await addToCart(user, 'Microsoft 365 Business Voice');
    await user.click(await screen.findByRole('button', { name: 'Cart (1)' }));
    await screen.findByRole('heading', { level: 1, name: 'Cart' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Check out' })).toBeEnabled());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check out' }));
    expect(await screen.findByText(/^Order .* placed/)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'View subscriptions' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/customers/${northwind}/subscriptions`));
    const card = (await screen.findByRole('heading', { name: 'Microsoft 365 Business Voice' })).closest(
      '.fui-Card',
    ) as HTMLElement;
    expect(card).toHaveTextContent('Add-on');
    expect(card).toHaveTextContent(
      'Relies on a base provisioned from another partner: Microsoft 365 Business Premium',
    );
    expect(card).toHaveTextContent('Term: 1 month');
  });
});
