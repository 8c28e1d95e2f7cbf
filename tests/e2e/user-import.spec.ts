import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseCsv } from '../../src/lib/csv-text';
import { expect, expectNoSeriousA11yViolations, test, trackConsoleErrors } from './support';

/** 20 rows: 17 good ones, a bad email, an unknown role and an email that is already a user's. */
function twentyRowFile(): string {
  const rows = Array.from(
    { length: 17 },
    (_, n) =>
      `Batch,Person${n},batch.person${n}@contoso.com,${n % 2 ? 'SalesAgent' : ''},${n % 3 ? '' : 'Developer'}`,
  );
  rows.splice(4, 0, 'Bad,Email,batch.bad-email,,');
  rows.splice(9, 0, 'Role,Typo,role.typo@contoso.com,Sales wizard,');
  rows.splice(14, 0, 'Ana,Ruiz,ana.ruiz@woodgrovecloud.com,GlobalAdmin,');
  return ['firstName,lastName,email,commercialRoles,developerRoles', ...rows].join('\r\n');
}

// Shared 2-core machine: the first paint of a lazy page can take far longer than the defaults.
test.describe.configure({ timeout: 180_000 });
test.use({ actionTimeout: 45_000 });
const slow = { timeout: 45_000 };

async function switchToFrench(page: Page) {
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitemradio', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
}

test('imports a 20-row file with 3 bad rows: preview, confirm, progress, results as CSV; axe-clean', async ({
  page,
}) => {
  const errors = trackConsoleErrors(page);
  await page.goto('/settings/account/users');
  await page.getByRole('link', { name: 'Import users' }).click();
  await expect(page).toHaveURL(/\/settings\/account\/users\/import$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Import users' })).toBeVisible(slow);

  await page.getByLabel('CSV file').setInputFiles({
    name: 'batch.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(twentyRowFile()),
  });
  await expect(page.getByRole('status').filter({ hasText: 'batch.csv' })).toHaveText(
    'batch.csv: 20 rows, 17 ready, 3 with problems.',
    slow,
  );
  const preview = page.getByRole('table', { name: 'Rows of the file' });
  await expect(preview.getByText('Enter a valid email address, such as name@contoso.com.')).toBeVisible();
  await expect(preview.getByText('Unknown role: Sales wizard')).toBeVisible();
  await expect(preview.getByText('Already a user')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Create users (17)' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Create 17 users?' });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Create users' }).click();

  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(
    page.getByText('Import finished: 17 created, 0 refused, 3 skipped because of problems.'),
  ).toBeVisible(slow);
  await expectNoSeriousA11yViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the results (CSV)' }).click(),
  ]);
  const { rows } = parseCsv(await readFile((await download.path())!, 'utf8'));
  expect(rows).toHaveLength(20);
  expect(rows.filter((row) => row.Result === 'Created')).toHaveLength(17);
  expect(rows.filter((row) => row.Result === 'Skipped: problems in the file').map((row) => row.Line)).toEqual(
    ['6', '11', '16'],
  );

  // The new users are in the list.
  await page.goto('/settings/account/users?q=batch.person');
  await expect(page.getByText('1–17 of 17 users')).toBeVisible(slow);
  expect(errors).toEqual([]);
});

test('in French the import preview and the announcement impact are axe-clean', async ({ page }) => {
  await page.goto('/settings/account/users/import');
  await switchToFrench(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Importer des utilisateurs' })).toBeVisible(slow);
  // The file is chosen the way a person does it: the visible button opens the browser's picker.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Sélectionner un fichier CSV/ }).click();
  await (
    await chooser
  ).setFiles({
    name: 'lot.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(twentyRowFile()),
  });
  await expect(page.getByRole('status').filter({ hasText: 'lot.csv' })).toHaveText(
    'lot.csv : 20 lignes ; prêtes : 17, avec des problèmes : 3.',
    slow,
  );
  await expect(page.getByText('Rôle inconnu : Sales wizard')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto('/announcements/2020-11/enhanced-customer-screening');
  await expect(page.getByRole('heading', { level: 3, name: /^Concerne \d+ de vos clients$/ })).toBeVisible(
    slow,
  );
  await expectNoSeriousA11yViolations(page);
});

test('the screening entry says how many customers it affects and links to the work list; axe-clean', async ({
  page,
}) => {
  await page.goto('/announcements/2020-11/enhanced-customer-screening');
  const heading = page.getByRole('heading', { level: 3, name: /^Affects \d+ of your customers$/ });
  await expect(heading).toBeVisible(slow);
  const count = Number((await heading.textContent())?.match(/\d+/)?.[0]);
  await expectNoSeriousA11yViolations(page);
  await page
    .getByRole('link', { name: 'Open the work list of customers missing screening information' })
    .click();
  // The work list narrowed to the entry's 11 countries: the customers it counts, and only those.
  await expect(page).toHaveURL(/\/customers\?screening=missing&countries=AM,AZ,BY,HU,KZ,KG,MD,RU,TJ,UZ,UA$/);
  await expect(page.getByText(`1–${count} of ${count}`)).toBeVisible(slow);
});
