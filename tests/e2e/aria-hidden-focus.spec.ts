import AxeBuilder from '@axe-core/playwright';
import { seededGuid } from '../../src/mocks/db/seed-ids';
import { expect, test } from './support';

/**
 * No focusable element inside aria-hidden on the pages Lighthouse audits (its `aria-hidden-focus`),
 * Fluent's tabster helpers included: the general axe walk excludes `[data-tabster-dummy]`, this one
 * does not. A closed Fluent Dialog, a DialogTrigger or PopoverTrigger starts tabster's modalizer and
 * a TabList its arrow-key mover; both add focusable `aria-hidden` helpers, so the app mounts dialogs
 * only while open and handles the workspace tabs' keys itself.
 */

const pages = [
  '/',
  '/customers',
  `/customers/${seededGuid('customer:northwindtraders')}/account`,
  '/catalog',
  `/catalog?customer=${seededGuid('customer:northwindtraders')}&q=business%20voice`,
  '/announcements',
  '/settings/account/users',
];

for (const url of pages) {
  test(`nothing focusable inside aria-hidden on ${url}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.fui-Skeleton, .fui-Spinner')).toHaveCount(0, { timeout: 30_000 });
    const results = await new AxeBuilder({ page }).withRules(['aria-hidden-focus']).analyze();
    const found = results.violations.flatMap((violation) => violation.nodes.map((node) => node.html));
    expect(found).toEqual([]);
    expect(results.passes.length + results.inapplicable.length).toBeGreaterThan(0);
  });
}

test('the workspace tabs keep the ARIA keys: one tab stop, arrows move between tabs', async ({ page }) => {
  await page.goto(`/customers/${seededGuid('customer:northwindtraders')}/account`);
  const tabs = page.getByRole('tablist');
  await expect(tabs.getByRole('tab', { selected: true })).toHaveAccessibleName('Account', {
    timeout: 30_000,
  });
  await tabs.getByRole('tab', { name: 'Account' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Subscriptions' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(tabs.getByRole('tab').last()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab').first()).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(tabs.getByRole('tab').last()).toHaveAttribute('aria-selected', 'true', { timeout: 30_000 });
  // Only the selected tab is in the Tab order.
  await expect(tabs.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);
});

test('nothing focusable inside aria-hidden after a modal dialog has come and gone', async ({ page }) => {
  await page.goto('/renewals');
  await expect(page.getByRole('heading', { level: 1, name: 'Renewals' })).toBeVisible({ timeout: 30_000 });
  const opener = page.getByRole('button', { name: 'Developer panel' });
  await opener.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(opener).toBeFocused();
  // Tabster's helpers at the page's edges stay in the document, out of the tab order.
  await expect(page.locator('body > [data-tabster-dummy]')).not.toHaveCount(0);
  const results = await new AxeBuilder({ page }).withRules(['aria-hidden-focus']).analyze();
  expect(results.violations.flatMap((violation) => violation.nodes.map((node) => node.html))).toEqual([]);
  // The dialog still opens and traps focus the second time.
  await opener.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  for (let step = 0; step < 12; step += 1) {
    await page.keyboard.press('Tab');
    await expect(dialog.locator(':focus')).toHaveCount(1);
  }
});
