#!/usr/bin/env node
// Part of `npm run build`: the dependencies that ship (`npm audit --omit=dev`) must have no high or
// critical advisory. Prints the counts by severity; fails on high/critical. When the registry's
// audit endpoint cannot be reached (offline build, a mirror without it) it says so and does not fail:
// the build must still work offline, and the message keeps the gap visible.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 60_000 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason =
    report?.message ??
    report?.error?.summary ??
    (run.stderr || run.error?.message || 'no answer').trim().split('\n')[0];
  console.warn(`npm audit --omit=dev: could not run (${reason}); shipped dependencies NOT audited.`);
  process.exit(0);
}
const summary = ['critical', 'high', 'moderate', 'low', 'info'].map(
  (level) => `${level} ${counts[level] ?? 0}`,
);
console.log(`npm audit --omit=dev: ${summary.join(', ')}`);
if ((counts.critical ?? 0) + (counts.high ?? 0) > 0) {
  console.error(
    'High or critical advisories in shipped dependencies: run `npm audit --omit=dev` for details.',
  );
  process.exit(1);
}
