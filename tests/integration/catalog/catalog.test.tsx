import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { findSkuFixture } from '@/mocks/catalog';
import { ids, promotionFixtures } from '@/mocks/data/catalog';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';
import { stubLayout } from './layout-stubs';

const customer = (prefix: string) => seededGuid(`customer:${prefix}`);
const contoso = customer('contosooutdoor');
const northwind = customer('northwindtraders');

stubLayout();
// These flows render the whole catalog; on the shared 2-core machine a second is not always enough.
configure({ asyncUtilTimeout: 15_000 });
afterEach(() => setNow(undefined));

async function catalogTable() {
  return screen.findByRole('table', { name: 'Catalog SKUs' });
}

describe('catalog', { timeout: 45_000 }, () => {
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
  it('narrows to one segment with the Segment dropdown, keeps it in the URL, and clears it with All segments', async () => {
    const { user, router } = renderApp('/catalog');
    const table = await catalogTable();
    expect(await within(table).findByRole('link', { name: 'Office 365 E3' })).toBeInTheDocument();

    const segment = screen.getByRole('combobox', { name: 'Segment' });
    expect(segment).toHaveAccessibleDescription(/need the customer’s qualification/);
    await user.click(segment);
    await user.click(await screen.findByRole('option', { name: 'Education' }));

    await waitFor(() => expect(router.state.location.search).toContain('segment=education'));
    expect(within(table).queryByRole('link', { name: 'Office 365 E3' })).not.toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Office 365 A1 for faculty' })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(within(row).getByText('Education')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Segment' }));
    await user.click(await screen.findByRole('option', { name: 'All segments' }));
    await waitFor(() => expect(router.state.location.search).not.toContain('segment='));
    expect(within(table).getByRole('link', { name: 'Office 365 E3' })).toBeInTheDocument();
  });

  it('follows a ?segment= deep link together with the search', async () => {
    renderApp('/catalog?segment=government&q=teams');
    const table = await catalogTable();
    expect(
      await within(table).findByRole('link', { name: 'Advanced Communications for GCC' }),
    ).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('combobox', { name: 'Segment' })).toHaveTextContent('Government');
  });

  it('can be browsed without a customer (the United States market), as links from announcements do', async () => {
    renderApp('/catalog?q=Teams%20Rooms%20Premium');
    expect(
      await screen.findByText(/No customer selected: this is the United States catalog/),
    ).toBeInTheDocument();
    const table = await catalogTable();
    expect(
      await within(table).findByRole('link', { name: 'Microsoft Teams Rooms Premium' }),
    ).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: 'Office 365 E3' })).not.toBeInTheDocument();
    // Buying needs a customer: add-to-cart stays disabled until one is chosen.
    expect(
      within(table).getByRole('button', { name: /^Add .*Teams Rooms Premium( \(.*\))? to cart$/ }),
    ).toBeDisabled();
  });

  it('prices each term as one unbroken piece, in the interface language', async () => {
    const priceCell = async (tableName: string, sku: string) => {
      const table = await screen.findByRole('table', { name: tableName });
      const link = await within(table).findByRole('link', { name: sku });
      const row = link.closest<HTMLElement>('[role="row"]');
      if (!row) throw new Error(`No row for ${sku}`);
      return within(row).getAllByRole('cell')[5]!;
    };
    const { unmount } = renderApp('/catalog?q=Business%20Standard');
    const english = await priceCell('Catalog SKUs', 'Microsoft 365 Business Standard');
    expect(english).toHaveTextContent('1 month: USD 15.00 · 1 year: USD 150.00 · 3 years: USD 450.00');
    // A narrow cell breaks between terms only: each term is its own (unbreakable) element.
    for (const term of ['1 month: USD 15.00', '1 year: USD 150.00', '3 years: USD 450.00']) {
      expect(within(english).getByText(term).tagName).toBe('SPAN');
    }
    unmount();

    renderApp('/catalog?q=Business%20Standard', { language: 'fr' });
    const french = await priceCell('Références du catalogue', 'Microsoft 365 Business Standard');
    expect(within(french).getByText('1 mois : 15,00 USD').tagName).toBe('SPAN');
  });

  it('says how to start buying when the cart is opened without a customer', async () => {
    renderApp('/catalog/cart');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cart' })).toBeInTheDocument();
    expect(
      await screen.findByText(
        'To buy, choose a customer in the catalog first: a cart holds one customer’s order.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the catalog' })).toHaveAttribute('href', '/catalog');
    // No cart is being filled: nothing else to offer.
    expect(screen.queryByRole('region', { name: 'Carts in progress' })).not.toBeInTheDocument();
  });

  it('follows ?q= deep links for free-text search', async () => {
    renderApp(`/catalog?customer=${contoso}&q=teams%20rooms`);
    const table = await catalogTable();
    expect(
      await within(table).findByRole('link', { name: 'Microsoft Teams Rooms Premium' }),
    ).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Microsoft Teams Rooms Standard' })).toBeInTheDocument();
    expect(
      within(table).getByRole('link', { name: 'Microsoft Teams Rooms Premium for faculty' }),
    ).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: 'Office 365 E3' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('3 SKUs');
  });
  it('lists an add-on’s prerequisites in a popover opened from its info button', async () => {
    const { user } = renderApp(`/catalog?customer=${contoso}&productType=Addons`);
    await catalogTable();
    const info = await screen.findByRole('button', { name: 'Add-on prerequisites for Teams Phone Standard' });
    await user.click(info);
    const popover = await screen.findByRole('dialog');
    expect(
      within(popover).getByRole('heading', { name: 'Requires one of these base products' }),
    ).toBeInTheDocument();
    expect(
      within(popover)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Office 365 E3', 'Microsoft 365 E3']);
    await waitFor(() => expect(within(popover).getByRole('button', { name: 'Close' })).toHaveFocus());
    expect(info).toHaveAttribute('aria-expanded', 'true');

    // The info button toggles: pressing it again closes rather than closing and reopening.
    await user.click(info);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(info).toHaveAttribute('aria-expanded', 'false');
    expect(info).toHaveFocus();
  });
  it('marks the compatible bases the customer already has, from whichever channel', async () => {
    const { user } = renderApp(`/catalog?customer=${northwind}&q=business%20voice`);
    const table = await catalogTable();
    const row = (await within(table).findByRole('link', { name: 'Microsoft 365 Business Voice' })).closest(
      '[role="row"]',
    ) as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'View compatible base product subscriptions' }));
    // `hidden: true`: see layout-stubs.ts (Fluent's focus manager cannot see the test DOM's layout).
    const dialog = await screen.findByRole('dialog', {
      name: 'Compatible base products for Microsoft 365 Business Voice',
      hidden: true,
    });
    const items = within(dialog).getAllByRole('listitem', { hidden: true });
    const premium = items.find((item) => item.textContent?.startsWith('Microsoft 365 Business Premium'));
    expect(premium).toHaveTextContent('Provisioned (from another partner, 35 licences)');
    const e3 = items.find((item) => item.textContent?.startsWith('Office 365 E3'));
    expect(e3).toHaveTextContent('Not provisioned');
    await user.click(within(dialog).getByRole('button', { name: 'Close', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());
  });
  it('on a SKU page without a customer, points to the customer picker at its top', async () => {
    renderApp('/catalog/CFQ7TTC0LH18/0001');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Microsoft 365 Business Basic' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('To buy, choose a customer above: a cart holds one customer’s order.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Customer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Add to cart/ })).toBeDisabled();
  });

  it('shows the Teams Rooms Standard vs Premium comparison on the SKU page', async () => {
    renderApp(`/catalog/CFQ7TTC0QW7C/0002?customer=${contoso}`);
    const table = await screen.findByRole('table', { name: 'Teams Rooms Standard and Premium compared' });
    const managed = within(table).getByRole('row', { name: /Teams Rooms Managed Services/ });
    expect(
      within(managed)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Teams Rooms Managed Services', 'Not included', 'Included', 'Included']);
    expect(within(table).getByRole('row', { name: /Worldwide availability/ })).toHaveTextContent(
      'Worldwide availabilityYesIn select markets',
    );
    expect(await within(table).findByText(/USD.15\.00 per device per month/)).toBeInTheDocument();
    expect(within(table).getByText(/USD.50\.00 per device per month/)).toBeInTheDocument();
    expect(screen.getByText('Licences per subscription: 1 to 10,000')).toBeInTheDocument();
  });

  it('shows the SKU page’s descriptions in the interface language, and follows a switch', async () => {
    const voice = findSkuFixture(ids.businessVoice, '0001');
    const promotion = promotionFixtures.find((candidate) =>
      candidate.applicableSkus.includes(`${ids.businessVoice}:0001`),
    );
    if (!voice || !promotion) throw new Error('The Business Voice fixtures are missing.');
    const texts = (language: 'en' | 'fr') => [
      voice.sku.description[language],
      voice.product.description[language],
      promotion.description[language],
    ];
    const { user } = renderApp(`/catalog/${ids.businessVoice}/0001?customer=${contoso}`);
    for (const text of texts('en')) expect(await screen.findByText(text)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Français' }));
    for (const text of texts('fr')) expect(await screen.findByText(text)).toBeInTheDocument();
    for (const text of texts('en')) expect(screen.queryByText(text)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: voice.sku.title })).toBeInTheDocument();
  });
});
