#!/usr/bin/env node
// After `vite build`: prints what the first render and each lazy route download (gzip), and fails
// the build when either grows past its budget. The budgets hold what has been reached so it cannot
// silently regress; the goals of issue 11 are printed next to them.
import { bundleFigures } from './bench/bundle.mjs';

const budgets = { initialKb: 210, routeKb: 60 };
const goals = { initialKb: 150, routeKb: 60 };

const figures = bundleFigures('dist');
console.log(`\n${'lazy route'.padEnd(62)}chunk KB  with shared chunks not yet loaded`);
for (const route of figures.routes) {
  console.log(`  ${route.route.padEnd(60)}${String(route.chunkKb).padStart(8)}  ${route.withSharedKb}`);
}
console.log(`\nindex.html's script alone: ${figures.entryKb} KB gzip (it imports the rest)`);
console.log(
  `entry + its ${figures.initialFiles - 1} preloaded chunks (all the first render downloads): ${figures.initialKb} KB gzip (budget ${budgets.initialKb}, goal ${goals.initialKb})`,
);
console.log(`mock start-up (loaded while the shell renders): ${figures.mockStartKb} KB gzip\n`);

const failures = [];
if (figures.initialKb > budgets.initialKb)
  failures.push(`the first render downloads ${figures.initialKb} KB`);
for (const route of figures.routes.filter((r) => r.chunkKb > budgets.routeKb)) {
  failures.push(`${route.route}'s chunk is ${route.chunkKb} KB`);
}
if (failures.length) {
  console.error(`Over budget: ${failures.join('; ')}.`);
  process.exit(1);
}
