import { expect, test, expectNoSeriousA11yViolations, trackConsoleErrors } from './support';

// Northwind Traders holds Microsoft 365 Business Premium bought from another partner.
const northwind = 'Northwind Traders (US)';

test('buys an add-on for a customer whose base came from another partner, and sees its own subscription', async ({
  page,
}) => {
  const errors = trackConsoleErrors(page);
  await page.goto('/catalog');
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Customer' }).click();
  await page.getByRole('option', { name: northwind }).click();
  await page.getByRole('combobox', { name: 'Product type' }).click();
  await page.getByRole('option', { name: 'Add-ons' }).click();
  await expect(page).toHaveURL(/productType=Addons/);
  await page.getByRole('searchbox', { name: 'Search' }).fill('business voice');
  await expect(page).toHaveURL(/q=business\+voice/);
  // The filters live in the URL: a reload shows the same list.
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('business voice');
  await expect(page.getByRole('status')).toHaveText('2 SKUs');

  const table = page.getByRole('table', { name: 'Catalog SKUs' });
  await table
    .getByRole('button', { name: 'Add-on prerequisites for Microsoft 365 Business Voice', exact: true })
    .click();
  await expect(
    page.getByRole('dialog').getByText('Microsoft 365 Business Premium', { exact: true }),
  ).toBeVisible();
  // Keyboard: focus is inside the popover, and Escape returns it to the info button.
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(
    table.getByRole('button', { name: 'Add-on prerequisites for Microsoft 365 Business Voice', exact: true }),
  ).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  await table.getByRole('button', { name: 'Add Microsoft 365 Business Voice to cart' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Microsoft 365 Business Voice to the cart' });
  await dialog.getByLabel('Term').selectOption('P1Y');
  await dialog.getByRole('spinbutton', { name: 'Quantity' }).fill('12');
  await dialog.getByRole('button', { name: 'Add to cart' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Cart (1)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cart' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Check out' }).click();
  await expect(page.getByText(/^Order .* placed/)).toBeVisible();
  await page.getByRole('link', { name: 'View subscriptions' }).click();

  await expect(
    page.getByRole('heading', { level: 2, name: /Subscriptions: Northwind Traders/ }),
  ).toBeVisible();
  const card = page.locator('.fui-Card', {
    has: page.getByRole('heading', { name: 'Microsoft 365 Business Voice' }),
  });
  await expect(card).toContainText('Add-on');
  await expect(card).toContainText('Licences: 12');
  await expect(card).toContainText('Term: 1 year');
  await expect(card).toContainText(
    'Relies on a base provisioned from another partner: Microsoft 365 Business Premium',
  );
  await expect(card).toContainText('hours left to reduce licences or cancel');
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});
