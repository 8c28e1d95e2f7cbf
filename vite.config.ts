/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // MSW's cookie store (tough-cookie) uses tldts's public-suffix list. Its ES module source
      // keeps the list as a 250 KB object literal (107 KB gzip, half of the mock's start-up);
      // the package's own minified build packs the same list into 48 KB gzip.
      tldts: 'tldts/dist/index.esm.min.js',
    },
  },
  build: {
    // The report script prints per-chunk gzip sizes and enforces the entry budget.
    reportCompressedSize: false,
    // dist/.vite/manifest.json tells the bundle report which chunks each lazy route pulls in.
    manifest: true,
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./tests/setup/vitest-setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'tests/integration/**/*.test.{ts,tsx}',
      'tests/api/**/*.test.ts',
      'tests/unit/**/*.test.{ts,tsx}',
    ],
    css: false,
    testTimeout: 20000,
    pool: 'threads',
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine,
    // while the main process is mostly idle waiting for it.
    maxWorkers: availableParallelism(),
    // Every file used to get a fresh worker and jsdom, then re-import React, Fluent, MSW and the
    // app (about 2.5 s a file before any test ran). Each test already starts from a clean state:
    // the set-up file resets the database, session, faults and throttling and unmounts the app.
    // Over HTTP (npm run test:api:http) each API test file must close the in-process interceptor
    // itself, which needs its modules evaluated afresh per file.
    isolate: process.env.API_BASE_URL !== undefined,
    clearMocks: true,
  },
});
