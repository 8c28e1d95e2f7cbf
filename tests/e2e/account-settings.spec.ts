import { expect, test, expectNoSeriousA11yViolations, trackConsoleErrors } from './support';

const entries: { link: string; heading: string; path: RegExp }[] = [
  { link: 'Legal', heading: 'Legal info', path: /\/settings\/account\/legal$/ },
  { link: 'Tenants', heading: 'Tenants', path: /\/settings\/account\/tenants$/ },
  { link: 'Identifiers', heading: 'Identifiers', path: /\/settings\/account\/identifiers$/ },
  { link: 'Users', heading: 'Users', path: /\/settings\/account\/users$/ },
  { link: 'Groups', heading: 'Groups', path: /\/settings\/account\/users\/groups$/ },
  {
    link: 'Azure AD applications',
    heading: 'Azure AD applications',
    path: /\/settings\/account\/users\/apps$/,
  },
];

test('the gear menu opens Account settings; every left-nav entry is reached by keyboard and is axe-clean', async ({
  page,
}) => {
  // Seven pages, each walked by keyboard and checked with axe.
  test.setTimeout(180_000);
  const errors = trackConsoleErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  // The first click can land before the menu's trigger is wired up; try again until it opens.
  await expect(async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('menuitem', { name: 'Account settings' })).toBeVisible({ timeout: 2000 });
  }).toPass();
  await page.getByRole('menuitem', { name: 'Account settings' }).click();
  await expect(page).toHaveURL(/\/settings\/account\/legal$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Legal info' })).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Account settings' });
  for (const entry of entries) {
    const link = nav.getByRole('link', { name: entry.link, exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(entry.path);
    await expect(page.getByRole('heading', { level: 1, name: entry.heading })).toBeVisible();
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(entry.heading);
    // Content loaded (not a skeleton) before axe looks at the page.
    await expect(page.getByRole('table').or(page.getByRole('form')).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // Tab moves on from the entry, so the next entry is also reachable without a mouse.
    await link.focus();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('a commercial and a developer role saved together on one user survive a reload', async ({ page }) => {
  await page.goto('/settings/account/users');
  await page.getByRole('searchbox').fill('devon');
  await page.getByRole('link', { name: 'Devon Lee' }).click();
  await expect(page).toHaveURL(/\/settings\/account\/users\/user-devon-sales-agent$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Devon Lee' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Email/ })).toHaveValue('devon.lee@woodgrovecloud.com');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('checkbox', { name: 'Billing admin' }).check();
  await page.getByRole('checkbox', { name: 'Developer', exact: true }).check();
  const patches: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PATCH') patches.push(new URL(request.url()).pathname);
  });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Devon Lee saved.').first()).toBeVisible();
  expect(patches).toEqual(['/v1/users/user-devon-sales-agent']);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Devon Lee' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Billing admin' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Developer', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Sales agent' })).toBeChecked();
});

test('the billing and support profiles are saved through Partner Center paths and survive a reload', async ({
  page,
}) => {
  await page.goto('/settings/account/legal');
  const billing = page.getByRole('form', { name: 'Billing profile' });
  const support = page.getByRole('form', { name: 'Support profile' });
  const order = billing.getByRole('textbox', { name: /Purchase order number/ });
  await expect(order).toHaveValue('WGC-2026-0042');
  const puts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PUT') puts.push(new URL(request.url()).pathname);
  });
  await order.fill('WGC-2027-0001');
  await billing.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Billing profile saved.').first()).toBeVisible();
  const telephone = support.getByRole('textbox', { name: /Support phone number/ });
  await telephone.fill('+33 1 84 88 00 00');
  await support.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Support profile saved.').first()).toBeVisible();
  expect(puts).toEqual(['/v1/profiles/billing', '/v1/profiles/support']);

  await page.reload();
  await expect(order).toHaveValue('WGC-2027-0001');
  await expect(telephone).toHaveValue('+33 1 84 88 00 00');
});

test('dialogs and the read-only view are axe-clean too', async ({ page }) => {
  await page.goto('/settings/account/users');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a user' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /^Signed in as/ }).click();
  await page.getByRole('menuitemradio', { name: /Devon Lee/ }).click();
  await page.goto('/settings/account/legal');
  await expect(page.getByText(/Only a Global admin or an Account admin can change/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
