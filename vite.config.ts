/// <reference types="vitest/config" />
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import griffel from '@griffel/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin, type UserConfig } from 'vite';
import { apiBaseUrlFor } from './api-base.config.ts';
import { apiOriginOf, headersFile, metaPolicy, securityHeaders } from './csp.config.ts';

/**
 * The API base URL the app calls (see api-base.config.ts), in every mode, and the policy `vite
 * preview` sends for it.
 */
function apiBaseUrl(): Plugin {
  return {
    name: 'api-base-url',
    config(_config, { mode }) {
      const baseUrl = apiBaseUrlFor(loadEnv(mode, process.cwd(), 'VITE_'));
      return {
        define: { 'import.meta.env.VITE_API_BASE_URL': JSON.stringify(baseUrl) },
        // Vitest builds import.meta.env itself and skips `define` for it.
        test: { env: { VITE_API_BASE_URL: baseUrl } },
        preview: { headers: securityHeaders(apiOriginOf(baseUrl)) },
      };
    },
  };
}

/**
 * The production build's Content-Security-Policy (see csp.config.ts) as a <meta> tag first in the
 * app's index.html. Build only: the dev server's hot reload needs inline scripts. Storybook's
 * iframe.html (built through this config too) is left alone.
 */
function contentSecurityPolicy(): Plugin {
  let apiOrigin: string | undefined;
  let outDir = 'dist';
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved(config) {
      apiOrigin = apiOriginOf(apiBaseUrlFor(config.env));
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml(_html, context) {
      if (context.path !== '/index.html') return undefined;
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy(apiOrigin) },
          injectTo: 'head-prepend',
        },
      ];
    },
    // public/_headers carries the default build's policy; a build for another API needs its own.
    writeBundle() {
      writeFileSync(resolve(outDir, '_headers'), headersFile(apiOrigin));
    },
  };
}

/**
 * Fluent computes webLightTheme when its module loads, from every colour ramp it has: 9 KB gzip of
 * the entry for 3 KB of result. Every build (the app's and the workshop's) puts the finished object
 * in place of src/app/theme/web-light-theme.ts; the dev servers and Vitest import it as written.
 */
function prebuiltLightTheme(): Plugin {
  const themeModule = fileURLToPath(new URL('./src/app/theme/web-light-theme.ts', import.meta.url));
  return {
    name: 'prebuilt-light-theme',
    apply: 'build',
    load(id) {
      if (id !== themeModule) return null;
      // The theme package as react-components resolves it, wherever npm put it.
      const fromComponents = createRequire(
        createRequire(import.meta.url).resolve('@fluentui/react-components'),
      );
      const { webLightTheme } = fromComponents('@fluentui/react-theme') as { webLightTheme: object };
      return `export const webLightTheme = ${JSON.stringify(webLightTheme)};`;
    },
  };
}

export default defineConfig(async ({ command, mode }): Promise<UserConfig> => ({
  plugins: [
    react(),
    command === 'build' && griffel(),
    apiBaseUrl(),
    contentSecurityPolicy(),
    prebuiltLightTheme(),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // MSW's cookie jar (tough-cookie, with tldts's public-suffix list) was half of what the mock
      // downloads before it answers (56 of 114 KB gzip), for cookies no handler sets.
      'tough-cookie': fileURLToPath(new URL('./src/mocks/cookie-jar-stub.ts', import.meta.url)),
      // react-router's package exports point every condition at its development build, whose only
      // difference is that its warnings are on (remix-run/react-router#14102); a build takes the
      // production one it ships beside it.
      ...(command === 'build' && {
        'react-router': fileURLToPath(
          new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
        ),
      }),
    },
  },
  build: {
    // The report script prints per-chunk gzip sizes and enforces the entry budget.
    reportCompressedSize: false,
    // dist/.vite/manifest.json tells the bundle report which chunks each lazy route pulls in.
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // The app's own modules (features, shared components and logic) do nothing when imported but
      // declare things. Said so, importing one export from a feature's public entry no longer
      // drags in every module that entry re-exports: Home's page asked the customers, catalog and
      // subscriptions entries for two queries and got their dialogs, react-hook-form and zod.
      // The one exception configures zod for the CSP before any schema exists (src/lib/zod.ts).
      treeshake: {
        moduleSideEffects: [
          { test: /\/src\/lib\/zod\.ts$/, sideEffects: true },
          { test: /\/src\/(features|components|lib)\/.*\.tsx?$/, sideEffects: false },
        ],
      },
      output: {
        // Everything the first render needs in one file. Left to automatic chunking it came as
        // 30 small files, and on HTTP/1.1 (six connections a host) their queue held the first
        // paint back: text appeared 1.4-1.75 s after navigation on this machine, 0.7-1.15 s now.
        //
        // Lazy pages: automatic chunking made 45-70 files of a few KB for one page (88 on
        // /catalog), queued six at a time. Four shared groups bring that to 32-41: every feature's
        // strings (all preloaded at start anyway), Fluent's small common layers, and the app's
        // shared logic, and its shared components with what they import (react-hook-form, Dialog,
        // Card). A page downloads more (its lazy graph 100-162 KB gzip, was 37-143) yet paints
        // sooner: Lighthouse on the six benched routes went from 65-87 to 74-95, LCP 1.37-1.74 s
        // to 1.06-1.37 s (excluding /, whose LCP is data). Logic and components are two groups
        // because the mock imports src/lib: in one group, the mock's start-up pulled in the
        // components too (224 KB gzip instead of 144), for the same scores. One group for all of
        // Fluent was tried before: 96 KB more and no sooner.
        codeSplitting: {
          // The small common chunks left between the groups (a Badge, a feature's query keys, a
          // mock domain's rules: 24 files under 8 KB) are copied into the chunks that import them
          // instead of being fetched one by one. On HTTP/1.1 they queued behind each other before
          // the page could paint. Lighthouse, median of 5, before → after: / 94 → 96, /customers
          // 97 → 97, account 93–95 → 96, /catalog 95 → 97, /announcements 95 → 96, users 95 → 98;
          // 15 alternating first visits to /customers: FCP 628 → 548 ms, LCP 760 → 688 ms. The
          // cost: Rolldown then wraps every module to keep the execution order, and the entry
          // grows from 178 to 184 KB gzip. Rolldown marks the option experimental.
          experimentalInlineCommonChunks: { maxSize: 8 * 1024 },
          groups: [
            { name: 'shell', tags: ['$initial'] },
            { name: 'strings', test: /\/src\/features\/[^/]+\/i18n\.ts$/ },
            {
              name: 'fluent-base',
              test: /node_modules\/(@fluentui\/react-(utilities|tabster|shared-contexts|context-selector|motion|portal|positioning|aria|field|label|jsx-runtime)|tabster|keyborg|@floating-ui)\//,
            },
            // Not the modules that bring zod or papaparse: the mock's start-up imports this group,
            // and evaluating zod's schemas there took about 30 ms of the main thread before the mock
            // could answer. They chunk with the pages and mock domains that use them.
            { name: 'lib', test: /\/src\/lib\/(?!(account-rules|compliance-rules|zod|csv-text)\.ts$)/ },
            { name: 'app-shared', test: /\/src\/components\// },
          ],
        },
      },
    },
  },
  // The browser suite runs on `vite preview`: it sends the headers a static host sends from _headers
  // (the api-base-url plugin adds them).
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    environment: 'happy-dom',
    // happy-dom rather than jsdom: the suite is mostly Fluent pages rendered in a DOM without layout,
    // and the same 737 tests took 226 s of CPU in jsdom, 168 s in happy-dom (tests/setup keeps the
    // two apart where they differ). Its default page is about:blank, whose origin is "null".
    environmentOptions: {
      happyDOM: {
        url: 'http://localhost:3000',
        // Over HTTP (npm run test:api:http) the API tests are a client of the server, not a page on
        // another origin: happy-dom's fetch would apply a page's same-origin rules to them.
        settings: { fetch: { disableSameOriginPolicy: process.env.API_BASE_URL !== undefined } },
      },
    },
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
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine.
    // A worker waits a third of its time (timers, the mock, React), so one more worker than cores
    // keeps both busy: with warm caches npm test took 95 s with 2 workers and 76 s with 3 (cold:
    // 103 s either way, bound by the CPU the type checker and the linter also need).
    maxWorkers: availableParallelism() + 1,
    // Every file used to get a fresh worker and jsdom, then re-import React, Fluent, MSW and the
    // app (about 2.5 s a file before any test ran). Each test already starts from a clean state:
    // the set-up file resets the database, session, faults and throttling and unmounts the app.
    // Over HTTP (npm run test:api:http) each API test file must close the in-process interceptor
    // itself, which needs its modules evaluated afresh per file.
    isolate: process.env.API_BASE_URL !== undefined,
    clearMocks: true,
    // Only Vitest loads it (mode 'test'): builds and the dev server need nothing from vitest/node.
    ...(mode === 'test' && {
      sequence: { sequencer: (await import('./tests/setup/sequencer.ts')).WaitingFilesFirst },
    }),
  },
}));
