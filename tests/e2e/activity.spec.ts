import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, expectNoSeriousA11yViolations, test, trackConsoleErrors } from './support';

/** A write through the mock API, as the signed-in Global admin. */
async function renameBillingContact(page: Page) {
  await page.evaluate(async () => {
    const headers = {
      Authorization: 'Bearer demo.user-ana-global-admin',
      'Content-Type': 'application/json',
    };
    const list = await (await fetch('/v1/customers?q=Steppe', { headers })).json();
    const id = list.items[0].id as string;
    const read = await fetch(`/v1/customers/${id}/profiles/billing`, { headers });
    const profile = await read.json();
    const response = await fetch(`/v1/customers/${id}/profiles/billing`, {
      method: 'PUT',
      headers: { ...headers, 'If-Match': read.headers.get('ETag') ?? '' },
      body: JSON.stringify({ ...profile, email: 'ap@steppe.example' }),
    });
    if (!response.ok) throw new Error(`update failed: ${response.status}`);
  });
}

// The first visit installs the mock's service worker and loads lazy pages: slow on a busy machine.
test.setTimeout(180_000);

test('export the screening work list and open the downloaded file', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await page.goto('/customers?screening=missing');
  const table = page.getByRole('table', { name: 'Customers' });
  // The first visit installs the mock's service worker: on a busy machine that takes a while.
  await expect(page.getByText('1–15 of 15')).toBeVisible({ timeout: 30_000 });
  const shown = await table.getByRole('link').allTextContents();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^customers-missing-screening-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByText(/Rows exported: 15/)).toBeVisible();

  const bytes = await readFile((await download.path()) ?? '');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data.map((row) => row.Company)).toEqual(shown);
  expect(parsed.data.every((row) => row.Screening?.startsWith('Missing: '))).toBe(true);
  expect(errors).toEqual([]);
});

test('the activity log records a change, keeps it across a reload, and Reset demo data clears it', async ({
  page,
}) => {
  const errors = trackConsoleErrors(page);
  await page.goto('/activity');
  await expect(page.getByRole('heading', { level: 1, name: 'Activity log' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(/^No activity in the last 30 days\./)).toBeVisible({ timeout: 30_000 });
  await renameBillingContact(page);

  await page.reload();
  const records = page.getByRole('table', { name: 'Activity records' });
  await expect(records.getByRole('row')).toHaveCount(2, { timeout: 30_000 });
  await records.getByRole('button', { name: /^Show changes of Billing profile updated/ }).click();
  const changes = page.getByRole('table', { name: 'Changes of Billing profile updated' });
  await expect(
    changes.getByRole('row', { name: /billingProfile\.email .* ap@steppe\.example/ }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: /^Signed in as/ }).click();
  await page.getByRole('menuitem', { name: 'Reset demo data' }).click();
  // Reloading before the reset has answered would cancel it: wait for the app to say it is done.
  // The toast's text also sits in Fluent's live region, hence first().
  await expect(page.getByText('Demo data reset to the original fixtures.').first()).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(/^No activity in the last 30 days\./)).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page.getByText(/^No activity in the last 30 days\./)).toBeVisible({ timeout: 30_000 });
  expect(errors).toEqual([]);
});

test('the activity log is free of serious accessibility violations in French', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('pd.language', 'fr'));
  await page.goto('/activity?outcome=succeeded');
  await expect(page.getByText('Aucune activité ne correspond à ces filtres.')).toBeVisible({
    timeout: 30_000,
  });
  await renameBillingContact(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal d’activité' })).toBeVisible({
    timeout: 30_000,
  });
  const records = page.getByRole('table', { name: 'Enregistrements d’activité' });
  await records.getByRole('button', { name: /^Afficher les modifications/ }).click();
  await expect(page.getByRole('table', { name: /^Modifications de/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
