import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accountValidationQuery } from '@/features/customers';
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

/** Puts Business Basic in the customer's cart and opens the cart. */
async function openCart(user: User, names = english) {
  await screen.findByRole('table', { name: names.table });
  await user.click(await screen.findByRole('button', { name: names.add }));
  const dialog = await screen.findByRole('dialog', { name: names.dialog, hidden: true });
  await waitFor(() =>
    expect(within(dialog).getByRole('button', { name: names.confirm, hidden: true })).toBeEnabled(),
  );
  await user.click(within(dialog).getByRole('button', { name: names.confirm, hidden: true }));
  await user.click(await screen.findByRole('button', { name: names.cart }));
}

/** Puts Business Basic in the customer's cart and presses Check out. */
async function checkOut(user: User, names = english) {
  await openCart(user, names);
  await user.click(await screen.findByRole('button', { name: names.checkout }));
}

describe('checkout while the customer account validation holds purchases', { timeout: 90_000 }, () => {
  it('the cart says an account is under review before checkout, and once more only after it', async () => {
    const { user } = renderApp(`/catalog?customer=${maple}&q=business%20basic`);
    await openCart(user);
    expect(await screen.findByText('The customer account is under review')).toBeInTheDocument();
    expect(screen.getByText(/refuses its purchases until the review ends/)).toBeInTheDocument();
    // Said on arrival, not announced as an error: nothing has failed yet.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the account of Maple Leaf Robotics' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Check out' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'check out again once the account is approved',
    );
    expect(screen.getAllByText('The customer account is under review')).toHaveLength(1);
  });

  it('the cart says nothing of the account when it has no review on record or is approved', async () => {
    const { user, router, queryClient } = renderApp(`/catalog?customer=${thames}&q=business%20basic`);
    /** Once the cart has Partner Center's answer on the account (null: none on record). */
    const statusAnswered = (customerId: string) =>
      waitFor(() =>
        expect(queryClient.getQueryState(accountValidationQuery(customerId).queryKey)?.status).toBe(
          'success',
        ),
      );
    await openCart(user);
    await statusAnswered(thames);
    expect(queryClient.getQueryData(accountValidationQuery(thames).queryKey)).toBeNull();
    expect(screen.getByRole('button', { name: 'Check out' })).toBeEnabled();
    expect(screen.queryByText(/^The customer account/)).not.toBeInTheDocument();

    const contoso = seededGuid('customer:contosooutdoor');
    await router.navigate(`/catalog?customer=${contoso}&q=business%20basic`);
    await openCart(user);
    await screen.findByText(/^Review the items for Contoso Outdoor Supply/);
    await statusAnswered(contoso);
    expect(queryClient.getQueryData(accountValidationQuery(contoso).queryKey)).toMatchObject({
      status: 'Allowed',
    });
    expect(screen.queryByText(/^The customer account/)).not.toBeInTheDocument();
  });

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
    // The account page says what holds the purchase.
    const term = await screen.findByText('Account validation', { selector: 'dt' });
    await waitFor(() => expect(term.nextElementSibling).toHaveTextContent('Under review since 11/27/2026'));
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
