import type { Page } from '@playwright/test';
import { seededGuid } from '../../src/mocks/db/seed-ids';
import { expect, expectNoSeriousA11yViolations, test } from './support';

/** Light, dark and high contrast on Fluent's themes, following the system until the user picks one. */

const pages = [
  '/',
  '/customers',
  `/customers/${seededGuid('customer:northwindtraders')}/account`,
  '/catalog',
  '/settings/account/users',
];

async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.fui-Skeleton, .fui-Spinner, [role="progressbar"]')).toHaveCount(0, {
    timeout: 30_000,
  });
}

const background = (page: Page) =>
  page
    .locator('.fui-FluentProvider')
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);

test('follows the system by default, and a chosen theme survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await settled(page);
  const theme = page.getByRole('button', { name: 'Theme: Follow the system' });
  await expect(theme).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe('rgb(41, 41, 41)');

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe('rgb(255, 255, 255)');

  await theme.click();
  await page.getByRole('menuitemradio', { name: 'High contrast' }).click();
  await expect(page.getByRole('button', { name: 'Theme: High contrast' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'highContrast');
  await page.reload();
  await settled(page);
  await expect(page.getByRole('button', { name: 'Theme: High contrast' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'highContrast');
});

test('Windows forced colors: the system theme becomes high contrast and the pages stay usable', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/customers');
  await settled(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'highContrast');
  // Usable: the list's links, the search and the navigation are there and operable.
  await page.getByRole('searchbox').fill('astana');
  // As a user would: the filtered list is on screen before the click (rows re-render meanwhile).
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('1–1 of 1');
  await page.getByRole('link', { name: 'Astana Retail Group' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Account of Astana Retail Group' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'forced colors');
});

for (const choice of ['Light', 'Dark', 'High contrast'] as const) {
  test(`axe is clean on the main pages in the ${choice} theme`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await settled(page);
    await page.getByRole('button', { name: /^Theme: / }).click();
    await page.getByRole('menuitemradio', { name: choice }).click();
    await expect(page.getByRole('button', { name: `Theme: ${choice}` })).toBeVisible();
    for (const url of pages) {
      await page.goto(url);
      await settled(page);
      await expectNoSeriousA11yViolations(page, `${choice}: ${url}`);
    }
  });
}
