import type { Locator, Page } from '@playwright/test';
import { expect, test, trackConsoleErrors } from './support';

// A common laptop width: the side navigation takes its share, and the wide tables must still fit.
test.use({ viewport: { width: 1280, height: 900 } });

const contoso = '0d9455da-3f16-4a5d-af05-a3f2f17e2f2d';

async function expectNoSidewaysScroll(table: Locator) {
  const widths = await table.evaluate((box) => ({ client: box.clientWidth, scroll: box.scrollWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

/** The controls stand side by side: their boxes start at the same height. */
async function expectOneRow(controls: Locator[]) {
  const tops = await Promise.all(controls.map(async (control) => (await control.boundingBox())?.y));
  expect(new Set(tops).size, `tops: ${tops.join(', ')}`).toBe(1);
}

const catalogFilters = (page: Page, labels: string[]) =>
  labels.map((label) => page.getByLabel(label, { exact: true }));

function inFrench(page: Page) {
  return page.addInitScript(() => localStorage.setItem('pd.language', 'fr'));
}

test('at 1280 px the catalog shows its four filters on one row and every column, Add to cart included, in English and French', async ({
  page,
}) => {
  const errors = trackConsoleErrors(page);
  await page.goto(`/catalog?customer=${contoso}`);
  const table = page.getByRole('table', { name: 'Catalog SKUs' });
  const addE3 = table.getByRole('button', { name: 'Add Office 365 E3 to cart' });
  await expect(addE3).toBeVisible({ timeout: 30_000 });
  await expect(addE3).toBeInViewport({ ratio: 1 });
  await expectNoSidewaysScroll(table);
  await expectOneRow(catalogFilters(page, ['Customer', 'Product type', 'Segment', 'Search']));

  await inFrench(page);
  await page.goto(`/catalog?customer=${contoso}&q=Audio`);
  const french = page.getByRole('table', { name: 'Références du catalogue' });
  const addAudio = french.getByRole('button', { name: 'Ajouter Audio Conferencing au panier' });
  await expect(addAudio).toBeVisible({ timeout: 30_000 });
  await expect(addAudio).toBeInViewport({ ratio: 1 });
  await expectNoSidewaysScroll(french);
  await expectOneRow(catalogFilters(page, ['Client', 'Type de produit', 'Segment', 'Rechercher']));
  expect(errors).toEqual([]);
});

test('at 1280 px the renewals list and add-on alignment fit without a sideways scroll, in French', async ({
  page,
}) => {
  const errors = trackConsoleErrors(page);
  await inFrench(page);
  await page.goto('/renewals?days=90');
  await expect(page.getByText(/^\d+ clients lus\.$/)).toBeVisible({ timeout: 60_000 });
  const table = page.getByRole('table', { name: 'Renouvellements à venir' });
  await expect(table.getByRole('columnheader', { name: /Prix du prochain terme/ })).toBeInViewport({
    ratio: 1,
  });
  await expectNoSidewaysScroll(table);
  // Seats and prices line up on their last character, as amounts do in a column.
  const textEnds = await table.evaluate((grid) =>
    [8, 5].map((column) =>
      [...grid.querySelectorAll('[role="row"]')]
        .map((row) => row.querySelectorAll('[role="cell"]')[column - 1])
        .filter((cell): cell is Element => cell !== undefined)
        .map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return Math.round(range.getBoundingClientRect().right);
        }),
    ),
  );
  for (const ends of textEnds) {
    expect(ends.length).toBeGreaterThan(1);
    expect(new Set(ends).size, `right edges: ${ends.join(', ')}`).toBe(1);
  }

  await page.getByRole('link', { name: 'Alignement des extensions' }).click();
  const alignment = page.getByRole('table', { name: 'Extensions non alignées' });
  await expect(alignment.getByRole('row', { name: /Alster Logistik AG/ })).toBeVisible({ timeout: 60_000 });
  await expect(
    alignment.getByRole('columnheader', { name: 'Ce que l’Espace partenaires permet' }),
  ).toBeInViewport({ ratio: 1 });
  // The table scrolls in its own box only when it does not fit; here the box is not even a region.
  await expect(page.getByRole('region', { name: 'Extensions non alignées' })).toHaveCount(0);
  // Nothing sticks out of its cell: dates and long words do not wrap (24/01/2027 overran by 3 px).
  const overruns = await alignment.evaluate((table) =>
    [...table.querySelectorAll('td, th')]
      .filter((cell) => cell.scrollWidth > cell.clientWidth)
      .map((cell) => cell.textContent),
  );
  expect(overruns).toEqual([]);
  expect(errors).toEqual([]);
});

test('at 1280 px, in French, the header stays one row in every theme, high contrast included', async ({
  page,
}) => {
  await inFrench(page);
  const banner = page.getByRole('banner');
  const typefaces = new Set<string>();
  for (const theme of ['light', 'dark', 'highContrast']) {
    await page.addInitScript((chosen) => localStorage.setItem('pd.theme', chosen), theme);
    await page.goto('/customers');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme, { timeout: 30_000 });
    await expect(banner.getByText('Ana Ruiz · Administrateur général')).toBeVisible();
    // Wide enough for the tool buttons' words: they show, on the one row.
    await expect(banner.getByText('Langue : Français')).toBeVisible();
    const header = await banner.boundingBox();
    expect(header?.height, theme).toBeLessThanOrEqual(56);
    typefaces.add(await banner.evaluate((element) => getComputedStyle(element).fontFamily));
  }
  // High contrast used to bring Teams' font stack: another typeface, wide enough to wrap the header.
  expect(typefaces.size).toBe(1);
});

test('at 1440 px, in French, the activity log’s two choices wrap together rather than one alone', async ({
  page,
}) => {
  const errors = trackConsoleErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await inFrench(page);
  await page.goto('/activity');
  const filters = page.getByRole('search', { name: 'Filtrer l’activité' });
  await expect(filters).toBeVisible({ timeout: 30_000 });
  await expectOneRow([filters.getByLabel('Type de ressource'), filters.getByLabel('Résultat')]);
  expect(errors).toEqual([]);
});
