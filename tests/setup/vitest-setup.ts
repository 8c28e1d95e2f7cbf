import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { resetSession } from '@/lib/session';
import { resetDb } from '@/mocks/db/database';
import { resetFaults } from '@/mocks/faults';
import { server } from '@/mocks/node';
import { resetThrottling } from '@/mocks/throttling';

// The first test of a file pays for transforming the lazily loaded page chunks; on a busy 2-core
// machine that alone can pass the default 1 s of findBy*. Waiting is not asserting on time.
// Fluent's dialogs and menus also animate before they leave the accessibility tree.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks a few browser APIs Fluent UI touches.
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

// In jsdom, Tabster's modalizer state outlives a test's unmount, so the next test's open modal
// dialog can be marked aria-hidden as if it were "outside" a stale modal. Chromium never does this
// (the Playwright suite runs axe on real dialogs); here we undo it so role queries see the dialog.
new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    const target = mutation.target as Element;
    if (target.getAttribute('aria-modal') === 'true' && target.getAttribute('aria-hidden') === 'true') {
      target.removeAttribute('aria-hidden');
    }
  }
}).observe(document.documentElement, { attributes: true, attributeFilter: ['aria-hidden'], subtree: true });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  // Every test gets a fresh copy of the seeded database and no fault scenario.
  localStorage.clear();
  sessionStorage.clear();
  resetDb();
  resetFaults();
  resetThrottling();
  resetSession();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
