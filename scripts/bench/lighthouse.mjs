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
    failedA11y: [...new Set(results.flatMap((r) => r.failedA11y))],
    runs,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, runs] = process.argv.slice(2);
  console.log(JSON.stringify(await lighthouseFigures(url, Number(runs ?? 1)), null, 2));
}
