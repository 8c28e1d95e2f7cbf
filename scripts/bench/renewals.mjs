/* global window, document, MutationObserver, requestAnimationFrame -- page.evaluate callbacks run in the browser. */
/**
 * Renewals benchmark in the real Chromium, on the generated set (`?customers=generated`: 500 more
 * customers, 5,000 subscriptions all renewing within 90 days):
 *  - the full cross-customer scan with the mock's throttling on (every throttled endpoint answers
 *    429 + Retry-After until the wait is honoured): wall time, requests made, 429s, and peak
 *    concurrency, both as the scan counted it and as the browser saw requests in flight;
 *  - keystroke to painted result in the Customer filter over those 5,000+ rows.
 * Figures are returned and printed, never asserted (goals: filter median ≤ 50 ms; peak ≤ the limit).
 */
import { readFileSync } from 'node:fs';

const clock = '2026-12-02T12:00:00Z';
/** The scan's limit (src/features/renewals/scan-store.ts `scanConcurrency`), read so it cannot drift. */
const concurrencyLimit = Number(
  /export const scanConcurrency = (\d+)/.exec(
    readFileSync(new URL('../../src/features/renewals/scan-store.ts', import.meta.url), 'utf8'),
  )?.[1],
);
const retryAfterSeconds = 1;
const subscriptionsPath = /\/v1\/customers\/[^/]+\/subscriptions(\?|$)/;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export async function benchRenewals({ browser, base }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();

  // Any page will do to reach the mock's control endpoint; then throttling on, with a short wait.
  await page.goto(`${base}/activity?customers=generated&clock=${clock}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 120_000 });
  // The shell paints before the mock starts; a direct fetch must wait for the worker to control the page.
  await page.waitForFunction(() => performance.getEntriesByName('mock: ready').length > 0);
  await page.evaluate(
    (seconds) =>
      fetch('/v1/_mock/faults', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ throttling: true, retryAfterSeconds: seconds }),
      }).then((response) => {
        if (!response.ok) throw new Error(`faults: HTTP ${response.status}`);
      }),
    retryAfterSeconds,
  );

  // What the browser saw: subscription-list requests in flight at once, and how they were answered.
  const seen = { inFlight: 0, peak: 0, requests: 0, throttled: 0 };
  const pending = new Set();
  page.on('request', (request) => {
    if (!subscriptionsPath.test(new URL(request.url()).pathname)) return;
    pending.add(request);
    seen.requests += 1;
    seen.inFlight = pending.size;
    seen.peak = Math.max(seen.peak, seen.inFlight);
  });
  const settle = async (request) => {
    if (!pending.delete(request)) return;
    seen.inFlight = pending.size;
    const response = await request.response().catch(() => null);
    if (response?.status() === 429) seen.throttled += 1;
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);

  await page.addInitScript(() => {
    // Counts the pauses the page announced, so "it paused and said so" is measured too.
    window.__pausesShown = 0;
    document.addEventListener('DOMContentLoaded', () =>
      new MutationObserver(() => {
        const shown = [...document.querySelectorAll('[role="status"]')].some((el) =>
          el.textContent?.includes('asked us to slow down'),
        );
        if (shown && !window.__pauseVisible) window.__pausesShown += 1;
        window.__pauseVisible = shown;
      }).observe(document.body, { childList: true, subtree: true, characterData: true }),
    );
  });
  await page.goto(`${base}/renewals?days=90&customers=generated&clock=${clock}`);
  await page.waitForFunction(() => performance.getEntriesByName('renewals:scan').length > 0, null, {
    timeout: 20 * 60_000,
    polling: 1000,
  });
  const scan = await page.evaluate(() => {
    const entry = performance.getEntriesByName('renewals:scan')[0];
    return {
      ...entry.detail,
      sinceNavigationMs: entry.startTime + entry.duration,
      pausesShown: window.__pausesShown,
    };
  });
  const failures = await page.getByText(/could not be read/).count();
  const status = (await page.getByTestId('renewals-count').textContent())?.trim();
  const rows = Number(status?.replace(/\D/g, ''));

  // Keystrokes in the Customer filter: keydown to the frame after the list (rows or count) changed.
  await page.evaluate(() => {
    window.__samples = [];
    const main = document.querySelector('main') ?? document.body;
    let start = 0;
    document.addEventListener('keydown', () => (start = performance.now()), true);
    new MutationObserver(() => {
      if (!start) return;
      const began = start;
      start = 0;
      requestAnimationFrame(() => setTimeout(() => window.__samples.push(performance.now() - began), 0));
    }).observe(main, { childList: true, subtree: true, characterData: true });
  });
  const filter = page.getByRole('searchbox', { name: 'Customer' });
  await filter.click();
  for (const query of ['generated customer 12', 'alster', 'customer 4', 'contoso']) {
    for (const char of query) {
      await page.keyboard.type(char);
      await page.waitForTimeout(120);
    }
    for (let i = 0; i < query.length; i += 1) {
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(120);
    }
  }
  const samples = await page.evaluate(() => window.__samples);
  await context.close();

  return {
    renewalsScan: {
      customers: scan.customers,
      subscriptionRows: rows,
      wallMs: Math.round(scan.wallMs),
      sinceNavigationMs: Math.round(scan.sinceNavigationMs),
      requests: scan.requests,
      throttled: scan.throttled,
      retryAfterSeconds,
      concurrencyLimit,
      peakConcurrency: scan.peakConcurrency,
      peakInFlightSeenByBrowser: seen.peak,
      requestsSeenByBrowser: seen.requests,
      throttledSeenByBrowser: seen.throttled,
      pausesShown: scan.pausesShown,
      failedCustomers: failures,
      completed: scan.customers > 0 && failures === 0,
    },
    renewalsFilter: {
      rows,
      keystrokes: samples.length,
      medianMs: Number(median(samples).toFixed(1)),
      maxMs: Number(Math.max(...samples).toFixed(1)),
      goalMedianMs: 50,
    },
  };
}
