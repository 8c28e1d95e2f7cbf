/**
 * Lighthouse (desktop preset, simulated throttling) against a production build served by `vite
 * preview`, in the Debian Chromium. Exported so `npm run bench` can run it next to the other figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumFlags, chromiumPath } from '../chromium.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The LCP node, from either audit that names it; some runs name it in neither. */
function lcpElementOf(audits) {
  const nodeIn = (items = []) =>
    items.find((item) => item.type === 'node') ??
    items.find((item) => item.type === 'table')?.items?.find((row) => row.node)?.node;
  const node =
    nodeIn(audits['largest-contentful-paint-element']?.details?.items) ??
    nodeIn(audits['lcp-breakdown-insight']?.details?.items);
  if (!node) return undefined;
  const tag = node.snippet?.match(/^<([a-z0-9]+)/i)?.[1] ?? '?';
  const label = node.nodeLabel ?? '';
  return `${tag}: ${label.length > 48 ? `${label.slice(0, 47)}…` : label}`;
}

/**
 * The element most runs named. Some runs name none; one case seen: the first-visit heading the
 * shell shows was the LCP, and the page's own heading had replaced it by the end of the run.
 */
const mostCommon = (values) => {
  const counts = new Map();
  for (const value of values) if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'not named by Lighthouse';
};

async function auditOnce(url) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lh-profile-'));
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [...chromiumFlags, `--user-data-dir=${userDataDir}`],
    userDataDir: false,
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      },
      desktopConfig,
    );
    const { categories, audits } = result.lhr;
    const observedLcpMs = audits.metrics.details.items[0].observedLargestContentfulPaint;
    // Lighthouse simulates LCP as the time to fetch (throttled) everything the page had asked for
    // before it painted its LCP element, not only what the element needed: these count for it.
    const requestedBeforeLcp = audits['network-requests'].details.items.filter(
      (request) => request.networkRequestTime <= observedLcpMs,
    );
    const failedA11y = Object.values(audits)
      .filter(
        (audit) =>
          audit.score === 0 &&
          categories.accessibility.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0),
      )
      .map((audit) => audit.id);
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      lcpMs: audits['largest-contentful-paint'].numericValue,
      tbtMs: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      fcpMs: audits['first-contentful-paint'].numericValue,
      // What the simulated LCP is the paint of, and when this unthrottled run painted it: a static
      // heading waits for the app's code; a data element also for the mock to start and answer.
      observedLcpMs,
      requestsBeforeLcp: requestedBeforeLcp.length,
      kbBeforeLcp: requestedBeforeLcp.reduce((sum, request) => sum + (request.transferSize ?? 0), 0) / 1024,
      lcpElement: lcpElementOf(audits),
      failedA11y,
    };
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** Median of `runs` audits per figure (each run in a fresh profile, as a first visit). */
export async function lighthouseFigures(url, runs = 5) {
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await auditOnce(url));
  return {
    performance: median(results.map((r) => r.performance)),
    accessibility: median(results.map((r) => r.accessibility)),
    lcpMs: Math.round(median(results.map((r) => r.lcpMs))),
    tbtMs: Math.round(median(results.map((r) => r.tbtMs))),
    cls: Number(median(results.map((r) => r.cls)).toFixed(3)),
    fcpMs: Math.round(median(results.map((r) => r.fcpMs))),
    observedLcpMs: Math.round(median(results.map((r) => r.observedLcpMs))),
    requestsBeforeLcp: median(results.map((r) => r.requestsBeforeLcp)),
    kbBeforeLcp: Number(median(results.map((r) => r.kbBeforeLcp)).toFixed(1)),
    lcpElement: mostCommon(results.map((r) => r.lcpElement)),
    failedA11y: [...new Set(results.flatMap((r) => r.failedA11y))],
    runs,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, runs] = process.argv.slice(2);
  console.log(JSON.stringify(await lighthouseFigures(url, Number(runs ?? 1)), null, 2));
}
