import { expect, expectNoSeriousA11yViolations, test, trackConsoleErrors } from './support';

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone the navigation folds behind Menu, and following one of its links folds it again', async ({
  page,
}) => {
  const errors = trackConsoleErrors(page);
  await page.goto('/customers');
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible({ timeout: 30_000 });
  const menu = page.getByRole('button', { name: 'Menu' });
  const navigation = page.getByRole('navigation', { name: 'Main' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(navigation).toBeHidden();
  // The header's buttons show only their icons here, and keep their names.
  const banner = page.getByRole('banner');
  for (const name of [/^Language: English$/, /^Theme: /, /^Signed in as /]) {
    await expect(banner.getByRole('button', { name })).toBeVisible();
  }
  await expect(banner.getByText('Language: English')).not.toBeInViewport();
  // The product's name keeps to one line beside the toggle and the five tools.
  const productName = banner.getByRole('link', { name: 'Partner Dashboard' });
  const nameHeight = await productName.evaluate((link) => link.getBoundingClientRect().height);
  const lineHeight = await productName.evaluate((link) =>
    parseFloat(getComputedStyle(link.firstElementChild ?? link).lineHeight),
  );
  expect(nameHeight).toBeLessThan(lineHeight * 1.5);

  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(navigation).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'phone, navigation open');
  await navigation.getByRole('link', { name: 'Catalog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
  await expect(navigation).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  expect(errors).toEqual([]);
});

test('on a phone a wide table scrolls in its own box, which the keyboard can reach', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await page.goto('/customers');
  const table = page.getByRole('table', { name: 'Customers' });
  await expect(table.getByRole('link', { name: 'Contoso Outdoor Supply' })).toBeVisible({ timeout: 30_000 });
  const region = page.getByRole('region', { name: 'Customers' });
  await expect(region).toHaveAttribute('tabindex', '0');
  const widths = await region.evaluate((box) => ({ client: box.clientWidth, scroll: box.scrollWidth }));
  expect(widths.scroll).toBeGreaterThan(widths.client);
  // The page itself does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page, 'phone, customers');
  expect(errors).toEqual([]);
});

test('on a phone the customer workspace fits: tabs scroll in place, status badges wrap', async ({ page }) => {
  await page.goto('/customers/0d9455da-3f16-4a5d-af05-a3f2f17e2f2d/subscriptions');
  const tabs = page.getByRole('tablist', { name: /Contoso Outdoor Supply/ });
  await expect(tabs.getByRole('tab', { name: 'Activity' })).toBeAttached({ timeout: 30_000 });
  const badge = page.getByText(/^Acceptance confirmed on /);
  await expect(badge).toBeVisible();
  // The badge's words stay inside it: it is no taller than one line of its text.
  const box = await badge.boundingBox();
  expect(box?.height ?? 0).toBeLessThan(24);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await tabs.getByRole('tab', { name: 'Subscriptions' }).focus();
  await page.keyboard.press('End');
  await expect(tabs.getByRole('tab', { name: 'Activity' })).toBeFocused();
  await expect(tabs.getByRole('tab', { name: 'Activity' })).toBeInViewport();
  await expectNoSeriousA11yViolations(page, 'phone, customer workspace');
});

const phoneTables: Array<[path: string, table: string]> = [
  ['/settings/account/tenants', 'Associated tenants'],
  ['/settings/account/legal', 'List of company locations'],
  ['/renewals/cancellable', 'Subscriptions and seats still inside their window'],
  ['/customers/0d9455da-3f16-4a5d-af05-a3f2f17e2f2d/agreements', 'Customer agreement attestations'],
];
for (const [path, table] of phoneTables) {
  test(`on a phone ${path} does not scroll sideways: its table scrolls in its own box`, async ({ page }) => {
    await page.goto(path);
    const region = page.getByRole('region', { name: table });
    await expect(region).toHaveAttribute('tabindex', '0', { timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}

test('on a wide screen there is no Menu button and the table adds no tab stop', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/customers');
  const table = page.getByRole('table', { name: 'Customers' });
  await expect(table.getByRole('link', { name: 'Contoso Outdoor Supply' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Customers' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Sections/ })).toHaveCount(0);
  await expect(page.getByRole('banner').getByText('Language: English')).toBeVisible();
});

test('on a phone the import preview scrolls in its own box and the page does not', async ({ page }) => {
  await page.goto('/settings/account/users/import');
  await page.getByLabel('CSV file').setInputFiles({
    name: 'two.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'firstName,lastName,email,commercialRoles,developerRoles\r\n' +
        'Aiko,Tanaka,aiko.tanaka@contoso.com,SalesAgent,\r\n' +
        'Bruno,Costa,not-an-address,,Developer\r\n',
    ),
  });
  const region = page.getByRole('region', { name: 'Rows of the file' });
  await expect(region).toHaveAttribute('tabindex', '0', { timeout: 30_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page, 'phone, import preview');
});

test('on a phone the account settings sections fold behind a button naming the current one', async ({
  page,
}) => {
  await page.goto('/settings/account/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeInViewport({ timeout: 30_000 });
  const sections = page.getByRole('navigation', { name: 'Account settings' });
  const toggle = sections.getByRole('button', { name: 'Sections: Users' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(sections.getByRole('link', { name: 'Groups' })).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expectNoSeriousA11yViolations(page, 'phone, account settings sections open');
  await sections.getByRole('link', { name: 'Groups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
  await expect(sections.getByRole('button', { name: 'Sections: Groups' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(sections.getByRole('link', { name: 'Users' })).toBeHidden();
  // The header's five tools stay on one row beside the product's name.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
