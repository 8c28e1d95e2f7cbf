import '@testing-library/jest-dom/vitest';
import { cleanup, configure, prettyDOM } from '@testing-library/react';
import * as React from 'react';
import { afterEach, beforeEach } from 'vitest';
import { setNow } from '@/lib/clock';
import { resetSession } from '@/lib/session';
import { resetDb } from '@/mocks/db/database';
import { resetFaults } from '@/mocks/faults';
import { server } from '@/mocks/node';
import { resetThrottling } from '@/mocks/throttling';
import { installObservableStyles } from './observable-style';

// The first test of a file pays for transforming the lazily loaded page chunks; on a busy 2-core
// machine that alone can pass the default 1 s of findBy*. Waiting is not asserting on time.
// Fluent's dialogs and menus also animate before they leave the accessibility tree.
configure({
  asyncUtilTimeout: 5000,
  // Every failed attempt inside findBy*/waitFor used to build its error with a dump of the whole
  // DOM (Fluent pages are large), and all but the last were thrown away: the dumps were a tenth of
  // an integration test's CPU with their garbage. Errors carry the message; a failing test prints
  // the DOM once, below.
  getElementError: (message) => {
    const error = new Error(message ?? '');
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

// Files share a worker and its test window (`isolate: false`), and this file runs before each of
// them: patch the window once.
const patched = Symbol.for('partner-dashboard.vitest-setup');
const patchWindow = !(patched in globalThis);
Object.assign(globalThis, { [patched]: true });

// The test DOM lacks a few browser APIs Fluent UI touches.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => {},
  removeListener: () => {},
  addEventListener: () => {},
  removeEventListener: () => {},
  dispatchEvent: () => false,
})) as typeof window.matchMedia;
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
if (patchWindow) {
  // Without layout an animation only ever ends by being cancelled, and its `finished` promise then
  // rejects with nobody listening. Without `animate`, Fluent's motion applies its end state at once.
  Reflect.deleteProperty(Element.prototype, 'animate');
  // A browser saves a download link's file; happy-dom would navigate the shared window to it.
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('a[download]')) event.preventDefault();
    },
    true,
  );
}

// The test DOM has no layout: only five CSS properties are observable in it (observable-style.ts).
if (patchWindow) installObservableStyles(window);

// React's development build gives every element it creates an owner stack: an Error with its stack
// captured, for up to 10,000 elements a second. Only React's own dev warnings print those stacks;
// tests assert on the DOM. Counting the budget as spent makes React use its shared placeholder.
if (patchWindow) {
  const internals: unknown = Reflect.get(
    React,
    '__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE',
  );
  if (typeof internals === 'object' && internals !== null && 'recentlyCreatedOwnerStacks' in internals) {
    Object.defineProperty(internals, 'recentlyCreatedOwnerStacks', {
      get: () => Number.POSITIVE_INFINITY,
      set: () => {},
    });
  }
}

// In the test DOM, Tabster's modalizer state outlives a test's unmount, so the next test's open modal
// dialog can be marked aria-hidden as if it were "outside" a stale modal. Chromium never does this
// (the Playwright suite runs axe on real dialogs); here we undo it so role queries see the dialog.
if (patchWindow) {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const target = mutation.target as Element;
      if (target.getAttribute('aria-modal') === 'true' && target.getAttribute('aria-hidden') === 'true') {
        target.removeAttribute('aria-hidden');
      }
    }
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['aria-hidden'], subtree: true });
}

// The interceptor stays on for the worker's life rather than closing after each file: requests a
// previous file left in flight (a retry after Retry-After, a refetch) would otherwise reach the network
// and print ECONNREFUSED into the next file's output.
if (patchWindow) server.listen({ onUnhandledRequest: 'error' });
beforeEach(() => {
  // Every test gets a fresh copy of the seeded database and no fault scenario.
  localStorage.clear();
  sessionStorage.clear();
  resetDb();
  resetFaults();
  resetThrottling();
  resetSession();
  setNow(undefined);
});
afterEach(({ task }) => {
  if (task.result?.state === 'fail') {
    console.log(`The DOM when the test failed:\n${prettyDOM(document.body, 50_000)}`);
  }
  cleanup();
  server.resetHandlers();
});
