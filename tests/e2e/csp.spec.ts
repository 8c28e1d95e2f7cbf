import { test as plain } from '@playwright/test';
import { seededGuid } from '../../src/mocks/db/seed-ids';
import { expect, test } from './support';

/**
 * The production build runs under its Content-Security-Policy: the <meta> tag and the header (the
 * one `public/_headers` gives static hosts) are there, and the app, Fluent's runtime styles and the
 * MSW worker work without a violation. support.ts fails every test on a violation report.
 */

const pages = [
  '/',
  '/customers',
  `/customers/${seededGuid('customer:northwindtraders')}/account`,
  `/catalog?customer=${seededGuid('customer:contosooutdoor')}`,
  '/announcements',
  '/settings/account/users',
];

test('the policy is delivered, and the main pages and a dialog run under it without a report', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self';");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self';");
  expect(meta).not.toContain('unsafe-eval');

  for (const url of pages) {
    await page.goto(url);
    // Data on screen means the worker answered; Fluent's styles applied means Griffel's rules landed.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.fui-Skeleton')).toHaveCount(0, { timeout: 30_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
      /mockServiceWorker\.js$/,
    );
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/Segoe UI/);
  }
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a user' })).toBeVisible();
});

// Without the support fixture: this test causes a violation on purpose, to prove the policy is
// enforced and that the page reports what the fixture listens for.
plain('an injected inline script is refused and reported', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  const outcome = await page.evaluate(async () => {
    const reported = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
        once: true,
      }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.head.append(script);
    return {
      ran: (window as unknown as { __injected?: boolean }).__injected === true,
      directive: await reported,
    };
  });
  expect(outcome).toEqual({ ran: false, directive: 'script-src-elem' });
});
