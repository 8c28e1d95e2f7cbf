import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';

const customer = (prefix: string) => seededGuid(`customer:${prefix}`);
const contoso = customer('contosooutdoor');
const northwind = customer('northwindtraders');
const thames = customer('thamesanalytics');
const highland = customer('highlanddistillers');
const bengaluru = customer('bengalurucloud');

// react-virtual sizes its window from clientHeight/clientWidth, which jsdom leaves at 0.
const sizes = ['clientHeight', 'clientWidth'] as const;
const originals = sizes.map((key) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, key));
beforeAll(() => {
  for (const key of sizes)
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => 2000 });
});
afterAll(() => {
  sizes.forEach((key, i) => {
    const original = originals[i];
    if (original) Object.defineProperty(HTMLElement.prototype, key, original);
  });
});
// These flows render the whole catalog; on the shared 2-core machine a second is not always enough.
configure({ asyncUtilTimeout: 5000 });
afterEach(() => setNow(undefined));

async function catalogTable() {
  return screen.findByRole('table', { name: 'Catalog SKUs' });
}

async function addToCart(user: ReturnType<typeof renderApp>['user'], sku: string, promotion?: string) {
  await user.click(await screen.findByRole('button', { name: `Add ${sku} to cart` }));
  const dialog = await screen.findByRole('dialog', { name: `Add ${sku} to the cart` });
  if (promotion) await user.selectOptions(within(dialog).getByLabelText('Apply promotion'), promotion);
  await user.click(within(dialog).getByRole('button', { name: 'Add to cart' }));
  await waitFor(() =>
    expect(screen.queryByRole('dialog', { name: `Add ${sku} to the cart` })).not.toBeInTheDocument(),
  );
}

describe('catalog', () => {
  it('filters to add-ons with the product-type dropdown, and keeps the filter in the URL', async () => {
    const { user, router } = renderApp(`/catalog?customer=${contoso}`);
    const table = await catalogTable();
    expect(await within(table).findByRole('link', { name: 'Office 365 E3' })).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Product type' }));
    await user.click(await screen.findByRole('option', { name: 'Add-ons' }));

    await waitFor(() => expect(router.state.location.search).toContain('productType=Addons'));
    expect(within(table).queryByRole('link', { name: 'Office 365 E3' })).not.toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Teams Phone Standard' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Microsoft 365 Business Voice' })).toBeInTheDocument();
    // Every listed row is an add-on: each carries the prerequisites button.
    const rows = within(table).getAllByRole('row').slice(1);
    for (const row of rows) {
      expect(within(row).getByRole('button', { name: /^Add-on prerequisites for / })).toBeInTheDocument();
    }
  });

  it('follows ?q= deep links for free-text search', async () => {
    renderApp(`/catalog?customer=${contoso}&q=teams%20rooms`);
    const table = await catalogTable();
    expect(
      await within(table).findByRole('link', { name: 'Microsoft Teams Rooms Premium' }),
    ).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Microsoft Teams Rooms Standard' })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: 'Office 365 E3' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 SKUs');
  });

  it('lists an add-on’s prerequisites in a popover opened from its info button', async () => {
    const { user } = renderApp(`/catalog?customer=${contoso}&productType=Addons`);
    await catalogTable();
    await user.click(
      await screen.findByRole('button', { name: 'Add-on prerequisites for Teams Phone Standard' }),
    );
    const popover = await screen.findByRole('dialog');
    expect(
      within(popover).getByRole('heading', { name: 'Requires one of these base products' }),
    ).toBeInTheDocument();
    expect(
      within(popover)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Office 365 E3', 'Microsoft 365 E3']);
  });

  it('marks the compatible bases the customer already has, from whichever channel', async () => {
    const { user } = renderApp(`/catalog?customer=${northwind}&q=business%20voice`);
    const table = await catalogTable();
    const row = (await within(table).findByRole('link', { name: 'Microsoft 365 Business Voice' })).closest(
      '[role="row"]',
    ) as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'View compatible base product subscriptions' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Compatible base products for Microsoft 365 Business Voice',
    });
    const items = within(dialog).getAllByRole('listitem');
    const premium = items.find((item) => item.textContent?.startsWith('Microsoft 365 Business Premium'));
    expect(premium).toHaveTextContent('Provisioned (from another partner, 35 licences)');
    const e3 = items.find((item) => item.textContent?.startsWith('Office 365 E3'));
    expect(e3).toHaveTextContent('Not provisioned');
  });

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

  it('shows the Teams Rooms Standard vs Premium comparison on the SKU page', async () => {
    renderApp(`/catalog/CFQ7TTC0QW7C/0002?customer=${contoso}`);
    const table = await screen.findByRole('table', { name: 'Teams Rooms Standard and Premium compared' });
    const managed = within(table).getByRole('row', { name: /Teams Rooms Managed Services/ });
    expect(
      within(managed)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Teams Rooms Managed Services', 'Not included', 'Included']);
    expect(within(table).getByRole('row', { name: /Worldwide availability/ })).toHaveTextContent(
      'Worldwide availabilityYesIn select markets',
    );
    expect(await within(table).findByText(/USD.15\.00 per device per month/)).toBeInTheDocument();
    expect(within(table).getByText(/USD.50\.00 per device per month/)).toBeInTheDocument();
  });
});

describe('promotions', () => {
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
});

describe('screening gate', () => {
  it('stops a purchase for a customer with missing screening information', async () => {
    const { user } = renderApp(`/catalog?customer=${bengaluru}&q=office%20365%20e1`);
    await catalogTable();
    await user.click(await screen.findByRole('button', { name: 'Add Office 365 E1 to cart' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add Office 365 E1 to the cart' });
    await user.click(within(dialog).getByRole('button', { name: 'Add to cart' }));
    const gate = await screen.findByRole('alertdialog', { name: 'Screening information is missing' });
    expect(within(gate).getByRole('link')).toHaveAttribute('href', `/customers/${bengaluru}/account`);
    expect(screen.getByRole('button', { name: 'Cart (0)' })).toBeInTheDocument();
  });
});
