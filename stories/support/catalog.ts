import { expect, screen, userEvent, waitFor, within } from 'storybook/test';

export const catalogTable = () => screen.findByRole('table', { name: 'Catalog SKUs' });

/** Adds a SKU from the catalog table through its dialog, as the purchase tests do. */
export async function addToCart(sku: string) {
  await userEvent.click(await screen.findByRole('button', { name: `Add ${sku} to cart` }));
  const dialog = await screen.findByRole('dialog', { name: `Add ${sku} to the cart` });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Add to cart' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: `Add ${sku} to the cart` })).toBeNull());
}

export async function openCart(lines: number) {
  await userEvent.click(await screen.findByRole('button', { name: `Cart (${lines})` }));
  await screen.findByRole('heading', { level: 1, name: 'Cart' });
}

/** A subscription's card on the subscriptions page, found by its heading, as it is now. */
export async function subscriptionCardAsIs(name: string) {
  return (await screen.findByRole('heading', { name })).closest('.fui-Card') as HTMLElement;
}

/**
 * The same card once nothing in it is still loading: a coterm notice enables its button when its
 * dates arrive, and axe must not measure the button's colour mid-transition.
 */
export async function subscriptionCard(name: string) {
  const card = await subscriptionCardAsIs(name);
  await waitFor(() => expect(card.querySelector('[aria-busy="true"]')).toBeNull());
  return card;
}
