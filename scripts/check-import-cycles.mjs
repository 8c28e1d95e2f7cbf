#!/usr/bin/env node
// Fails when any import cycle exists among the project's own modules. Uses the TypeScript
// compiler's own module resolution (tsconfig paths included), so `@/` imports are followed.
// (eslint-plugin-import-x would do this, but its native resolver has platform packages missing
// from the registry, which breaks `npm ci`.)
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';

const configPath = ts.findConfigFile('.', ts.sys.fileExists, 'tsconfig.json');
const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(config, ts.sys, '.');
const files = parsed.fileNames.filter((file) => /(^|\/)src\//.test(file) && /\.tsx?$/.test(file));
const host = ts.createCompilerHost(parsed.options);

const graph = new Map();
for (const file of files) {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets = [];
  for (const imported of info.importedFiles) {
    // Type-only imports vanish at run time and cannot form a run-time cycle... but they still
    // couple modules; we follow them all, as import-x/no-cycle does by default.
    const resolved = ts.resolveModuleName(imported.fileName, file, parsed.options, host).resolvedModule;
    if (resolved && !resolved.isExternalLibraryImport && !resolved.resolvedFileName.endsWith('.d.ts')) {
      targets.push(resolved.resolvedFileName);
    }
  }
  graph.set(file, targets);
}

const state = new Map();
const stack = [];
const cycles = [];
function visit(file) {
  state.set(file, 'visiting');
  stack.push(file);
  for (const next of graph.get(file) ?? []) {
    if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next]);
    else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(file, 'done');
}
for (const file of graph.keys()) if (!state.has(file)) visit(file);

if (cycles.length > 0) {
  console.error(`${cycles.length} import cycle(s):`);
  for (const cycle of cycles) console.error('  ' + cycle.map((file) => relative('.', file)).join(' -> '));
  process.exit(1);
}
console.log(`import cycles: none among ${graph.size} modules`);
