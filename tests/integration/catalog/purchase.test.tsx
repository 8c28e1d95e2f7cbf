import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';
import { stubLayout } from './layout-stubs';

const customer = (prefix: string) => seededGuid(`customer:${prefix}`);
const highland = customer('highlanddistillers');
const northwind = customer('northwindtraders');
const thames = customer('thamesanalytics');

stubLayout();
// These flows render the whole catalog; on the shared 2-core machine a second is not always enough.
configure({ asyncUtilTimeout: 15_000 });
afterEach(() => setNow(undefined));

async function catalogTable() {
  return screen.findByRole('table', { name: 'Catalog SKUs' });
}

async function addToCart(user: ReturnType<typeof renderApp>['user'], sku: string, promotion?: string) {
  await user.click(await screen.findByRole('button', { name: `Add ${sku} to cart` }));
  // `hidden: true`: in the test DOM, Fluent's focus manager may mark a modal form's surface aria-hidden
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

  it('opened without a customer, the cart page lists the carts in progress and leads to each', async () => {
    const first = renderApp(`/catalog?customer=${northwind}&q=business%20voice`);
    await catalogTable();
    await addToCart(first.user, 'Microsoft 365 Business Voice');
    first.unmount();
    const { user, router } = renderApp(`/catalog?customer=${thames}&q=business%20voice`);
    await catalogTable();
    await addToCart(user, 'Microsoft 365 Business Voice (without calling plan)');
    await addToCart(user, 'Microsoft 365 Business Voice');

    await router.navigate('/catalog/cart');
    const carts = await screen.findByRole('region', { name: 'Carts in progress' });
    // With carts to go back to, the page says so rather than only to start from the catalog.
    expect(
      screen.getByText('Choose a customer in the catalog to start a cart, or continue one below.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^To buy, choose a customer in the catalog first/)).not.toBeInTheDocument();
    // Named, in name order, once the customers' list is in (until then, by id).
    await waitFor(() =>
      expect(
        within(carts)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['Northwind Traders: 1 item', 'Thames Valley Analytics: 2 items']),
    );
    await user.click(within(carts).getByRole('link', { name: 'Thames Valley Analytics: 2 items' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?customer=${thames}`));
    expect(
      await screen.findByText('Review the items for Thames Valley Analytics, then check out.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Carts in progress' })).not.toBeInTheDocument();
  });

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

  it('explains that the promotion is over once its dates have passed', async () => {
    setNow('2026-11-21T12:00:00Z');
    const { user } = renderApp(`/catalog?customer=${northwind}&q=business%20voice`);
    await catalogTable();
    await addToCart(user, 'Microsoft 365 Business Voice', 'Business Voice adoption (with calling plan)');
    await user.click(await screen.findByRole('button', { name: 'Cart (1)' }));
    expect(
      await screen.findByText(/does not apply: the promotion is not running on this date/),
    ).toBeInTheDocument();
  });

  it('explains why a customer with a recently cancelled voice licence is not eligible', async () => {
    setNow('2020-12-15T12:00:00Z');
    const { user } = renderApp(`/catalog?customer=${highland}&q=business%20voice`);
    await catalogTable();
    await addToCart(user, 'Microsoft 365 Business Voice', 'Business Voice adoption (with calling plan)');
    await user.click(await screen.findByRole('button', { name: 'Cart (1)' }));
    expect(
      await screen.findByText(
        /does not apply: the customer has, or recently cancelled, a Business Voice or Audio Conferencing licence/,
      ),
    ).toBeInTheDocument();
  });
});
