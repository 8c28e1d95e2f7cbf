import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/mocks/db/database';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';
import { stubLayout } from '../catalog/layout-stubs';

const customer = (prefix: string) => seededGuid(`customer:${prefix}`);
const maple = customer('mapleleafrobotics'); // CA, account under review
const ipanema = customer('ipanemapag'); // BR, account not approved
const thames = customer('thamesanalytics'); // GB, no account status

stubLayout();
configure({ asyncUtilTimeout: 15_000 });

type User = ReturnType<typeof renderApp>['user'];

const english = {
  table: 'Catalog SKUs',
  add: 'Add Microsoft 365 Business Basic to cart',
  dialog: 'Add Microsoft 365 Business Basic to the cart',
  confirm: 'Add to cart',
  cart: 'Cart (1)',
  checkout: 'Check out',
};

/** Puts Business Basic in the customer's cart and presses Check out. */
async function checkOut(user: User, names = english) {
  await screen.findByRole('table', { name: names.table });
  await user.click(await screen.findByRole('button', { name: names.add }));
  const dialog = await screen.findByRole('dialog', { name: names.dialog, hidden: true });
  await waitFor(() =>
    expect(within(dialog).getByRole('button', { name: names.confirm, hidden: true })).toBeEnabled(),
  );
  await user.click(within(dialog).getByRole('button', { name: names.confirm, hidden: true }));
  await user.click(await screen.findByRole('button', { name: names.cart }));
  await user.click(await screen.findByRole('button', { name: names.checkout }));
}

describe('checkout while the customer account validation holds purchases', { timeout: 90_000 }, () => {
  it('an account under review is explained, links to the account and keeps the cart', async () => {
    const { user, router } = renderApp(`/catalog?customer=${maple}&q=business%20basic`);
    await checkOut(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The customer account is under review');
    expect(alert).toHaveTextContent('Maple Leaf Robotics');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Microsoft 365 Business Basic' }),
    ).toBeInTheDocument();
    await user.click(within(alert).getByRole('link', { name: /^Open the account of Maple Leaf Robotics/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/customers/${maple}/account`));
  });

  it('an account that was not approved says so, in French too', async () => {
    const { user } = renderApp(`/catalog?customer=${ipanema}&q=business%20basic`, { language: 'fr' });
    await checkOut(user, {
      table: 'Références du catalogue',
      add: 'Ajouter Microsoft 365 Business Basic au panier',
      dialog: 'Ajouter Microsoft 365 Business Basic au panier',
      confirm: 'Ajouter au panier',
      cart: 'Panier (1)',
      checkout: 'Passer la commande',
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le compte du client n’a pas été approuvé');
    expect(alert).toHaveTextContent('Ipanema');
  });

  it('an Unknown status holds the purchase as a review does', async () => {
    getDb().accountValidations[thames] = {
      type: 'account',
      status: 'Unknown',
      lastUpdateDateTime: '2026-12-01T08:00:00',
    };
    const { user } = renderApp(`/catalog?customer=${thames}&q=business%20basic`);
    await checkOut(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('The customer account is under review');
  });
});
