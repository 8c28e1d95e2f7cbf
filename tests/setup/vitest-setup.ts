import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { resetSession } from '@/lib/session';
import { resetDb } from '@/mocks/db/database';
import { resetFaults } from '@/mocks/faults';
import { server } from '@/mocks/node';
import { resetThrottling } from '@/mocks/throttling';

// Fluent's dialogs and menus animate; on a loaded 2-core machine 1 s is too tight for findBy/waitFor.
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
