#!/usr/bin/env node
/**
 * `npm run bench`: the speed goals, measured on this machine and printed (never asserted).
 * Figures go to bench/results.json (each section replaces only its own key) and a readable table.
 *
 *   npm run bench                       every section
 *   npm run bench -- lighthouse bundle  only these sections
 *
 * Sections: bundle (gzip sizes of what loads before the first render), startup (the mock's start
 * on a first visit and a reload: FCP, mock ready, database seeding/restoring), lighthouse (six routes and
 * a bare React page as the floor, desktop preset, median of 5), keystrokes (catalog with 10,000
 * SKUs, users table with 5,000 users), renewals (the cross-customer scan of 540 customers with
 * 429s injected: wall time, requests, peak concurrency; filter keystrokes over 5,000 rows).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { seededGuid } from '../src/mocks/db/seed-ids.ts';
import { bundleFigures } from './bench/bundle.mjs';
import { catalogKeystrokes, usersKeystrokes } from './bench/keystrokes.mjs';
import { lighthouseFigures } from './bench/lighthouse.mjs';
import { benchRenewals } from './bench/renewals.mjs';
import { startupFigures } from './bench/startup.mjs';
import { chromiumFlags, chromiumPath } from './chromium.mjs';

const port = Number(process.env.BENCH_PORT ?? 4290);
const barePort = port + 1;
const base = `http://127.0.0.1:${port}`;
const northwind = '8ec7b37a-d16b-499d-ad28-f45eecd13639';
// The same seeded ids as the mock's fixtures (this script runs under tsx, which reads TypeScript).
const contoso = seededGuid('customer:contosooutdoor');
const allSections = ['bundle', 'startup', 'lighthouse', 'keystrokes', 'renewals'];
const requested = process.argv.slice(2).filter((arg) => allSections.includes(arg));
const sections = requested.length ? requested : allSections;
const resultsFile = join('bench', 'results.json');

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function serve(outDir, servePort) {
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(servePort),
      '--strictPort',
    ],
    { stdio: 'ignore', detached: true },
  );
  return {
    url: `http://127.0.0.1:${servePort}`,
    async ready() {
      for (let i = 0; i < 150; i += 1) {
        try {
          if ((await fetch(`http://127.0.0.1:${servePort}/`)).ok) return;
        } catch {
          // Not up yet.
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`vite preview of ${outDir} did not start`);
    },
    stop() {
      try {
        process.kill(-server.pid);
      } catch {
        // Already gone.
      }
    },
  };
}

const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
const measuredAt = new Date().toISOString();

// Always the current sources: figures from a stale dist/ would describe code that is gone.
// BENCH_NO_BUILD=1 reuses dist/ when nothing changed since the last build.
if (!existsSync('dist/index.html') || !process.env.BENCH_NO_BUILD) run('npx', ['vite', 'build']);
const app = serve('dist', port);
let bare;
try {
  await app.ready();

  if (sections.includes('bundle')) {
    results.bundle = { measuredAt, ...bundleFigures('dist') };
    const { entryKb, initialKb, largestRouteChunk } = results.bundle;
    console.log('\nBundle (gzip)');
    console.log(`  index.html's script alone           ${entryKb} KB (it imports the rest)`);
    console.log(`  entry + modulepreloads (first render) ${initialKb} KB   goal ≤ 150 KB`);
    console.log(
      `  largest lazy route chunk            ${largestRouteChunk.chunkKb} KB (${largestRouteChunk.route})   goal ≤ 60 KB`,
    );
    console.log(`  mock start-up (after the first render) ${results.bundle.mockStartKb} KB`);
  }

  if (sections.includes('startup')) {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: chromiumFlags,
    });
    const figures = await startupFigures(browser, `${base}/customers`);
    await browser.close();
    results.startup = { measuredAt, route: '/customers', ...figures };
    console.log(
      '\nMock start-up on /customers (median ms)   FCP   mock ready   database seed/restore   slowest ready',
    );
    for (const [label, row] of [
      ['first visit (seeded)', figures.firstVisit],
      ['reload', figures.reload],
      ['new tab after closing the first', figures.newTab],
    ]) {
      console.log(
        `  ${label.padEnd(38)}${String(row.fcpMs).padStart(6)}${String(row.mockReadyMs).padStart(13)}${String(row.databaseMs).padStart(12)}${String(row.slowestMockReadyMs).padStart(24)}`,
      );
    }
  }

  if (sections.includes('lighthouse')) {
    run('npx', ['vite', 'build', '--config', 'scripts/bench/bare/vite.config.mjs']);
    bare = serve('node_modules/.cache/bench-bare', barePort);
    await bare.ready();
    const routes = [
      '/',
      '/customers',
      `/customers/${contoso}/account`,
      '/catalog',
      '/announcements',
      '/settings/account/users',
    ];
    const rows = [];
    for (const route of routes) {
      rows.push({ route: route.replace(contoso, ':id'), ...(await lighthouseFigures(`${base}${route}`)) });
    }
    const floor = { route: 'bare React page (floor)', ...(await lighthouseFigures(`${bare.url}/`)) };
    results.lighthouse = {
      measuredAt,
      preset: 'desktop, simulated throttling, median of 5',
      routes: rows,
      floor,
    };
    console.log(
      '\nLighthouse (desktop)        perf  a11y   LCP ms   TBT ms    CLS   goal: perf ≥ 95, a11y 100, LCP ≤ 800',
    );
    for (const row of [...rows, floor]) {
      console.log(
        `  ${row.route.padEnd(28)}${String(row.performance).padStart(4)}${String(row.accessibility).padStart(6)}${String(row.lcpMs).padStart(9)}${String(row.tbtMs).padStart(9)}${row.cls.toFixed(3).padStart(7)}${row.failedA11y.length ? `   a11y: ${row.failedA11y.join(', ')}` : ''}`,
      );
      console.log(
        `  ${''.padEnd(28)}LCP element ${row.lcpElement}, painted at ${row.observedLcpMs} ms unthrottled,`,
      );
      console.log(
        `  ${''.padEnd(28)}after ${row.requestsBeforeLcp} requests (${row.kbBeforeLcp} KB) had started, which the simulation fetches first`,
      );
    }
  }

  if (sections.includes('keystrokes')) {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: chromiumFlags,
    });
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    const catalog = await catalogKeystrokes(page, base, northwind);
    const users = await usersKeystrokes(page, base);
    await browser.close();
    results.keystrokes = { measuredAt, catalog, users };
    console.log('\nKeystroke → painted (median / max ms)     goal: median ≤ 30, max ≤ 100');
    console.log(
      `  catalog (${catalog.total}): result ${catalog.result.medianMs} / ${catalog.result.maxMs} over ${catalog.result.samples}; typed character ${catalog.echo.medianMs} / ${catalog.echo.maxMs}`,
    );
    console.log(
      `  users (${users.total}): result ${users.result.medianMs} / ${users.result.maxMs} over ${users.result.samples}; typed character ${users.echo.medianMs} / ${users.echo.maxMs}`,
    );
  }

  if (sections.includes('renewals')) {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: chromiumFlags,
    });
    const renewals = await benchRenewals({ browser, base });
    await browser.close();
    Object.assign(results, renewals, { renewalsMeasuredAt: measuredAt });
    const { renewalsScan: scan, renewalsFilter: filter } = renewals;
    console.log(
      `\nRenewals (generated set: ${scan.customers} customers, ${scan.subscriptionRows} subscriptions renewing within 90 days)`,
    );
    console.table({
      'scan wall time (ms)': { value: scan.wallMs, goal: 'finishes despite 429s' },
      'scan, navigation to done (ms)': { value: scan.sinceNavigationMs, goal: '' },
      'requests made': { value: scan.requests, goal: '' },
      [`429s waited out (Retry-After ${scan.retryAfterSeconds} s)`]: { value: scan.throttled, goal: '' },
      'pauses shown on the page': { value: scan.pausesShown, goal: '' },
      'peak concurrency (scan)': { value: scan.peakConcurrency, goal: `≤ ${scan.concurrencyLimit}` },
      'peak in flight (browser)': {
        value: scan.peakInFlightSeenByBrowser,
        goal: `≤ ${scan.concurrencyLimit}`,
      },
      'customers failed': { value: scan.failedCustomers, goal: '0' },
      'filter keystroke → paint, median (ms)': { value: filter.medianMs, goal: `≤ ${filter.goalMedianMs}` },
      'filter keystroke → paint, max (ms)': { value: filter.maxMs, goal: '' },
    });
  }
} finally {
  app.stop();
  bare?.stop();
}

mkdirSync('bench', { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nFigures written to ${resultsFile}.`);
