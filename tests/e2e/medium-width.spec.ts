import { expect, test } from './support';

// A small laptop, or a tablet held sideways: between the phone layout and a full desktop.
test.use({ viewport: { width: 1024, height: 768 } });

test('at 1024 px, in French, the header stays one row and customer domains stay in their column', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('pd.language', 'fr'));
  await page.goto('/customers');
  const table = page.getByRole('table', { name: 'Clients' });
  await expect(table.getByRole('link', { name: 'Baikonur Analytics' })).toBeVisible({ timeout: 30_000 });

  // The tool buttons show their icons only, and keep their names; the user's name stays written.
  const banner = page.getByRole('banner');
  for (const name of ['Panneau développeur', 'Langue : Français', /^Thème : /]) {
    await expect(banner.getByRole('button', { name })).toBeVisible();
  }
  await expect(banner.getByText('Ana Ruiz · Administrateur général')).toBeVisible();
  const header = await banner.boundingBox();
  expect(header?.height).toBeLessThanOrEqual(56);

  // A long domain breaks before a dot inside its cell instead of running into the country.
  const row = table.getByRole('row', { name: /Baikonur Analytics/ });
  const domain = row.getByRole('cell').nth(1);
  await expect(domain).toHaveText('baikonuranalytics.onmicrosoft.com');
  // Unbroken, it stuck out of the cell (wider content than box) and was drawn over the country.
  const fits = await domain.evaluate((cell) => cell.scrollWidth <= cell.clientWidth);
  expect(fits).toBe(true);
});
