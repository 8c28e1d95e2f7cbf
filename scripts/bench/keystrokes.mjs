/* global window, document, MutationObserver, requestAnimationFrame -- page.evaluate callbacks run in the browser. */
/**
 * Keystroke → painted result, measured inside the page in the real Chromium: a sample runs from a
 * keydown in the search box to the frame after the list below it changed (rows or count).
 */

export const median = (values) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function observeChanges(page, containerSelector) {
  return page.evaluate((selector) => {
    window.__samples = [];
    window.__echo = [];
    const container = document.querySelector(selector) ?? document.body;
    let start = 0;
    document.addEventListener(
      'keydown',
      () => {
        start = performance.now();
        const began = start;
        // The typed character on screen: the frame after the keydown was handled.
        requestAnimationFrame(() => setTimeout(() => window.__echo.push(performance.now() - began), 0));
      },
      true,
    );
    new MutationObserver((records) => {
      if (!start) return;
      // Only the results count: edits inside the search field itself are the echo above.
      if (records.every((record) => record.target.closest?.('[role="search"], input, .fui-SearchBox')))
        return;
      const began = start;
      start = 0;
      requestAnimationFrame(() => setTimeout(() => window.__samples.push(performance.now() - began), 0));
    }).observe(container, { childList: true, subtree: true, characterData: true });
  }, containerSelector);
}

async function typeQueries(page, queries, pauseMs) {
  for (const query of queries) {
    for (const char of query) {
      await page.keyboard.type(char);
      await page.waitForTimeout(pauseMs);
    }
    for (let i = 0; i < query.length; i += 1) {
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(pauseMs);
    }
  }
}

const summary = (values) => ({
  medianMs: Number(median(values).toFixed(1)),
  maxMs: Number(Math.max(...values).toFixed(1)),
  samples: values.length,
});

/** The catalog with 10,000 generated SKUs (`?catalog=generated`), filtered in the page. */
export async function catalogKeystrokes(page, base, customerId) {
  await page.goto(`${base}/catalog?customer=${customerId}&catalog=generated`);
  await page.locator('[data-virtual-row]').first().waitFor({ timeout: 120_000 });
  const total = (await page.getByRole('status').first().textContent())?.trim();
  await observeChanges(page, 'main');
  await page.getByRole('searchbox', { name: 'Search' }).click();
  await typeQueries(page, ['northwind 12', 'plan 3', 'contoso analytics', 'fabrikam 7'], 120);
  const { samples, echo } = await page.evaluate(() => ({ samples: window.__samples, echo: window.__echo }));
  return { total, result: summary(samples), echo: summary(echo) };
}

/**
 * The users table with 5,000 users (`?users=generated`): the page reads the whole directory once
 * and searches it in the browser, so a keystroke is measured like the catalog's.
 */
export async function usersKeystrokes(page, base) {
  await page.goto(`${base}/settings/account/users?users=generated`);
  await page.getByRole('table').waitFor({ timeout: 120_000 });
  const total = (await page.getByRole('status').filter({ hasText: /\d/ }).first().textContent())?.trim();
  await observeChanges(page, 'table');
  await page.getByRole('searchbox').click();
  await typeQueries(page, ['ana', 'kowal', 'tess j', 'zoe'], 120);
  const { samples, echo } = await page.evaluate(() => ({ samples: window.__samples, echo: window.__echo }));
  return { total, result: summary(samples), echo: summary(echo) };
}
