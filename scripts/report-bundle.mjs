#!/usr/bin/env node
// Prints every built chunk with its gzip size and fails the build when the entry chunk (the shell
// without pages) exceeds its budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const entryBudgetKb = 200;
const dist = 'dist';
const assets = join(dist, 'assets');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entryFile = html.match(/<script[^>]+src="\/assets\/([^"]+\.js)"/)?.[1];
const preloaded = new Set(
  [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/assets\/([^"]+)"/g)].map((m) => m[1]),
);

const rows = readdirSync(assets)
  .filter((file) => file.endsWith('.js') || file.endsWith('.css'))
  .map((file) => {
    const content = readFileSync(join(assets, file));
    return { file, raw: statSync(join(assets, file)).size / 1024, gzip: gzipSync(content).length / 1024 };
  })
  .sort((a, b) => b.gzip - a.gzip);

const pad = (text, width) => String(text).padEnd(width);
console.log(`\n${pad('chunk', 52)}${pad('raw KB', 10)}gzip KB`);
for (const row of rows) {
  const tag = row.file === entryFile ? ' (entry)' : preloaded.has(row.file) ? ' (preloaded)' : '';
  console.log(`${pad(row.file + tag, 52)}${pad(row.raw.toFixed(1), 10)}${row.gzip.toFixed(1)}`);
}
if (!entryFile) {
  console.error('Could not find the entry chunk in dist/index.html.');
  process.exit(1);
}
const entryGzip = rows.find((row) => row.file === entryFile)?.gzip ?? 0;
const initialGzip = rows
  .filter((row) => row.file === entryFile || preloaded.has(row.file))
  .reduce((sum, row) => sum + row.gzip, 0);
console.log(`\nentry chunk: ${entryGzip.toFixed(1)} KB gzip (budget ${entryBudgetKb} KB)`);
// The shared vendor chunk the entry preloads is reported too, so the figure is never flattering.
console.log(
  `entry + preloaded chunks (all the shell downloads before any page): ${initialGzip.toFixed(1)} KB gzip`,
);
if (entryGzip > entryBudgetKb) {
  console.error(`The entry chunk is over budget by ${(entryGzip - entryBudgetKb).toFixed(1)} KB gzip.`);
  process.exit(1);
}
