/**
 * What the browser must download, in gzip KB: before the first render (the entry script and every
 * chunk index.html preloads) and for each lazy route (its chunk plus the chunks it imports that the
 * first render did not already load; shared with other routes, so cached after the first). Read from Vite's manifest; used by the build's bundle report
 * and by `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (bytes) => Number((bytes / 1024).toFixed(1));

export function bundleFigures(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const gzip = new Map();
  const sizeOf = (file) => {
    if (!gzip.has(file)) gzip.set(file, gzipSync(readFileSync(join(dist, file))).length);
    return gzip.get(file);
  };
  const closure = (key, seen = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return seen;
    seen.add(chunk.file);
    for (const imported of chunk.imports ?? []) closure(imported, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const entry = manifest[entryKey];
  const initial = closure(entryKey);
  const sum = (files) => [...files].reduce((total, file) => total + sizeOf(file), 0);

  const routes = Object.entries(manifest)
    .filter(([key, chunk]) => chunk.isDynamicEntry && /-route\.tsx$/.test(key))
    .map(([key, chunk]) => {
      const own = [...closure(key)].filter((file) => !initial.has(file));
      return {
        route: key.replace(/^src\//, ''),
        file: chunk.file,
        chunkKb: kb(sizeOf(chunk.file)),
        withSharedKb: kb(sum(own)),
      };
    })
    .sort((a, b) => b.chunkKb - a.chunkKb);
  const mockKey = Object.keys(manifest).find((key) => key.endsWith('src/mocks/browser.ts'));
  return {
    entryKb: kb(sizeOf(entry.file)),
    initialKb: kb(sum(initial)),
    initialFiles: initial.size,
    mockStartKb: mockKey ? kb(sum([...closure(mockKey)].filter((file) => !initial.has(file)))) : null,
    largestRouteChunk: routes[0] ?? { route: '-', file: '-', chunkKb: 0, withSharedKb: 0 },
    routes,
  };
}
