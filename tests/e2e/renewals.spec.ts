import { expect, expectNoSeriousA11yViolations, test } from './support';

// The fixtures' dates are set around this day; the mock and the app read the same pinned clock.
const today = '2026-12-02T12:00:00Z';

test('from Home, find a misaligned add-on, schedule its coterm, and see it pending on the customer’s subscriptions page', async ({
  page,
}) => {
  // A scan over every customer and four axe runs, on a shared machine: give it room.
  test.setTimeout(240_000);
  await page.goto(`/?clock=${today}`);
  const card = page.locator('.fui-Card', { has: page.getByRole('heading', { name: 'Misaligned add-ons' }) });
  // The count appears once the scan over every customer is done.
  await expect(card).toContainText(/^Misaligned add-ons\d+/, { timeout: 90_000 });
  await card.getByRole('link', { name: 'Fix alignment' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Add-on alignment' })).toBeVisible();
  await expect(page.getByText(/^Scanned \d+ customers\.$/)).toBeVisible();
  const table = page.getByRole('table', { name: 'Misaligned add-ons' });
  const row = table.getByRole('row', { name: /Alster Logistik AG/ });
  await expect(row).toContainText('Ends after its base');
  await expect(row).toContainText('Schedule the next term to end with the base on 1/24/2028');
  await expectNoSeriousA11yViolations(page, 'alignment page');

  await row.getByRole('checkbox', { name: 'Select Teams Phone Standard of Alster Logistik AG' }).check();
  await page.getByRole('button', { name: 'Preview' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preview: Schedule coterm at renewal' });
  await expect(dialog).toContainText('Nothing has been sent yet.');
  await expect(
    dialog.getByText(/^Teams Phone Standard \(Alster Logistik AG\): .* → 1\/24\/2028$/),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expectNoSeriousA11yViolations(page, 'preview');
  await dialog.getByRole('button', { name: 'Apply to 1 subscription' }).click();
  await expect(dialog.getByText('Teams Phone Standard (Alster Logistik AG): done.')).toBeVisible({
    timeout: 30_000,
  });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Coterm scheduled: the next term ends on 1/24/2028.');

  await row.getByRole('link', { name: 'Alster Logistik AG' }).click();
  const addon = page.locator('.fui-Card', {
    has: page.getByRole('heading', { level: 3, name: 'Teams Phone Standard' }),
  });
  await expect(addon).toContainText('Scheduled change at renewal', { timeout: 30_000 });
  await expect(addon).toContainText(/At renewal: \d+ licences?, next term ends on 1\/24\/2028\./);
  await expect(addon.getByRole('button', { name: 'Withdraw scheduled change' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'subscriptions page');
});
