/**
 * The mock's start-up as a visitor meets it: a first visit (empty storage: the database is seeded),
 * a reload, and a new tab opened after closing the first. The last two find the worker installed;
 * an untouched database is not stored, so they seed it again. Read from the performance entries the mock and
 * the browser write: first contentful paint, the mock ready (worker started), and how long the
 * seeding or restoring held the main thread. Each figure is the median of `runs` page loads.
 */
import { median } from './keystrokes.mjs';

async function readEntries(page) {
  // The database can now be seeded before the first paint: both are waited for.
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('mock: seed or restore database').length > 0 &&
      performance.getEntriesByName('first-contentful-paint').length > 0,
    null,
    {
      timeout: 120_000,
    },
  );
  return page.evaluate(() => ({
    fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    mockReadyMs: performance.getEntriesByName('mock: ready')[0]?.startTime ?? NaN,
    databaseMs: performance.getEntriesByName('mock: seed or restore database')[0]?.duration ?? NaN,
  }));
}

// The slowest start is printed too: a cost paid once per browser (the first update check of the
// worker script, 2–3 s before 66df5b2) hides behind a median.
const medians = (samples) => ({
  ...Object.fromEntries(
    Object.keys(samples[0]).map((key) => [key, Number(median(samples.map((s) => s[key])).toFixed(1))]),
  ),
  slowestMockReadyMs: Number(Math.max(...samples.map((s) => s.mockReadyMs)).toFixed(1)),
});

export async function startupFigures(browser, url, runs = 3) {
  const firstVisit = [];
  const reload = [];
  const newTab = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    firstVisit.push(await readEntries(page));
    await page.reload();
    reload.push(await readEntries(page));
    await page.close();
    const secondTab = await context.newPage();
    await secondTab.goto(url);
    newTab.push(await readEntries(secondTab));
    await context.close();
  }
  return { firstVisit: medians(firstVisit), reload: medians(reload), newTab: medians(newTab), runs };
}
