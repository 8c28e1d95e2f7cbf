import type { Page } from '@playwright/test';
import { seededGuid } from '../../src/mocks/db/seed-ids';
import { expect, test } from './support';

/**
 * The main pages with the mock's fault scenarios on (`?mock=` flags, then the developer panel to
 * turn them off): a skeleton while slow, an error with a retry that works for 500 and a dead
 * network, and a throttled page that waits out Retry-After by itself.
 */

// Chromium logs every failed response; in this spec they are the scenario, not a bug.
test.use({
  expectedConsoleErrors:
    /^Failed to load resource: (the server responded with a status of (500|429)|net::ERR_FAILED)/,
});

const account = `/customers/${seededGuid('customer:astanaretail')}/account`;
// The account is a tab of the customer workspace: its title is the tab panel's h2.
const pages: { url: string; heading: RegExp; level: number }[] = [
  { url: '/customers', heading: /^Customers$/, level: 1 },
  { url: account, heading: /^Account of Astana Retail Group$/, level: 2 },
  { url: `/catalog?customer=${seededGuid('customer:contosooutdoor')}`, heading: /^Catalog$/, level: 1 },
  { url: '/settings/account/users', heading: /^Users$/, level: 1 },
];

const withFlag = (url: string, flag: string) => `${url}${url.includes('?') ? '&' : '?'}mock=${flag}`;

async function turnOff(page: Page, name: RegExp) {
  await page.getByRole('button', { name: 'Developer panel' }).click();
  const drawer = page.getByRole('dialog', { name: 'Developer panel' });
  const toggle = drawer.getByRole('switch', { name });
  await expect(toggle).toBeChecked();
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
}

test('3 s latency: every main page shows a skeleton, then its content', async ({ page }) => {
  test.setTimeout(180_000);
  for (const { url, heading, level } of pages) {
    await page.goto(withFlag(url, 'slow'));
    await expect(page.getByRole('main').getByRole('progressbar').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { level, name: heading })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('main').locator('.fui-Skeleton')).toHaveCount(0, { timeout: 30_000 });
  }
});

for (const [flag, name, message] of [
  ['500', /HTTP 500/, /.+/],
  ['offline', /network failure/, /The service could not be reached/],
] as const) {
  test(`${flag}: every main page explains the failure and its retry works once the fault is gone`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    for (const { url, heading, level } of pages) {
      await page.goto(withFlag(url, flag));
      const main = page.getByRole('main');
      const alert = main.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Try again' }) });
      await expect(alert.first()).toBeVisible({ timeout: 45_000 });
      await expect(alert.first()).toContainText(message);
      await turnOff(page, name);
      await alert.first().getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByRole('heading', { level, name: heading })).toBeVisible({ timeout: 30_000 });
      await expect(main.getByRole('button', { name: 'Try again' })).toHaveCount(0, { timeout: 30_000 });
      // The page's later requests (the catalog's products after its customer) finish before the next
      // page: a request still in flight when its page unloads has no page left to answer it, so
      // the mock's worker passes it on to the static server.
      await expect(main.locator('.fui-Skeleton')).toHaveCount(0, { timeout: 30_000 });
    }
  });
}

test('429 with Retry-After: the throttled pages wait and recover by themselves', async ({ page }) => {
  test.setTimeout(180_000);
  let throttled = 0;
  page.on('response', (response) => {
    if (response.status() === 429) throttled += 1;
  });
  for (const { url, heading, level } of pages) {
    await page.goto(withFlag(url, 'throttle'));
    await expect(page.getByRole('heading', { level, name: heading })).toBeVisible({ timeout: 45_000 });
    await expect(page.getByRole('main').locator('.fui-Skeleton')).toHaveCount(0, { timeout: 45_000 });
    await expect(page.getByRole('main').getByRole('button', { name: 'Try again' })).toHaveCount(0);
  }
  expect(throttled).toBeGreaterThan(0);
});
