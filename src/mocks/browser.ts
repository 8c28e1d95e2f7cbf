import { setupWorker } from 'msw/browser';
import { setNow } from '@/lib/clock';
import { setCatalogMode } from './catalog';
import { enablePersistentDatabase } from './db/database';
import { setGeneratedTenants } from './db/generated-tenants';
import { setGeneratedUsers } from './db/partner-users';
import { loadFaults } from './faults';
import { setNaturalLatency } from './http';
import { lazyHandlers, preloadCoreHandlers } from './lazy-handlers';
import { mockServiceWorkerUrl } from './worker-url';

/** Loaded with a dynamic import only when mocking is on, so a real-API build does not ship it. */
export async function startMockServiceWorker(
  registration: Promise<ServiceWorkerRegistration>,
): Promise<void> {
  // `?customers=generated` adds 500 customers with 5,000 subscriptions (renewals bench).
  setGeneratedTenants(new URLSearchParams(window.location.search).get('customers') === 'generated');
  enablePersistentDatabase();
  loadFaults(window.location.search);
  const params = new URLSearchParams(window.location.search);
  // `?catalog=generated` serves a 10,000-SKU catalog (npm run bench); `?clock=<ISO date>` pins the
  // shared clock for this page, e.g. to see the November 2020 promotions as eligible.
  if (params.get('catalog') === 'generated') setCatalogMode('generated');
  // `?users=generated` seeds 5,000 partner users (npm run bench).
  setGeneratedUsers(params.get('users') === 'generated');
  const clock = params.get('clock');
  if (clock && !Number.isNaN(Date.parse(clock))) setNow(clock);
  setNaturalLatency([120, 450]);
  // MSW asks the browser to re-check an already registered worker's script and drops the promise.
  // When the page unloads before that check ends (a quick navigation), it rejects with "Failed to
  // update a ServiceWorker" and nobody handles it; the registered worker keeps serving as before.
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    if (reason instanceof Error && reason.message.startsWith('Failed to update a ServiceWorker')) {
      event.preventDefault();
    }
  });
  keepMockingAcrossNavigations();
  const worker = setupWorker(...lazyHandlers);
  preloadCoreHandlers();
  await untilClaimed(await registration);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: mockServiceWorkerUrl },
  });
  // Read by npm run bench: from navigation start to the mock answering.
  performance.mark('mock: ready');
}

/**
 * MSW reloads a page that a registered worker does not control: that is how it recovers from a hard
 * reload, which bypasses the worker. The entry's early registration makes a first visit look like
 * that until the new worker activates and claims the page (mockServiceWorker.js claims its clients
 * on activation), so the first worker, still on its way, is waited for instead.
 * Once a worker is active, nothing is waited for: a new version may wait behind it for as long as
 * the active one has requests in flight, and MSW's reload puts the page under the active one.
 */
async function untilClaimed(registration: ServiceWorkerRegistration): Promise<void> {
  const container = navigator.serviceWorker;
  const { active } = registration;
  const firstWorker = active
    ? active.state === 'activating'
      ? active
      : null
    : (registration.installing ?? registration.waiting);
  if (container.controller || !firstWorker) return;
  await new Promise<void>((resolve) => {
    container.addEventListener('controllerchange', () => resolve(), { once: true });
    // A worker that fails to install claims nothing: MSW's start then reports the failure.
    firstWorker.addEventListener('statechange', () => {
      if (firstWorker.state === 'activated' || firstWorker.state === 'redundant') resolve();
    });
  });
}

/**
 * MSW's own `beforeunload` listener tells its worker that this page is closed and stops the worker's
 * keep-alive. Both are wrong for a navigation in the same tab:
 * - Told that its last client is closed, the worker unregisters itself. The next page then loads
 *   uncontrolled, and its first requests (the shell's) reach the static host and get 404 (a CI run
 *   caught three). That message is dropped, so the worker stays registered and the next page is
 *   controlled from its first request. The worker passes through requests from pages that never
 *   turned mocking on, so nothing else changes.
 * - The page lives on after `beforeunload`: a navigation takes a moment to commit (a running scan
 *   keeps calling meanwhile), and the unsaved-changes guard's prompt lets the user stay. An idle worker
 *   is stopped by the browser and forgets which pages turned mocking on, so the keep-alive restarts.
 * Called before the worker starts, so that MSW's own messages already go through the filter.
 */
function keepMockingAcrossNavigations() {
  const { postMessage } = ServiceWorker.prototype;
  Object.assign(ServiceWorker.prototype, {
    postMessage(this: ServiceWorker, message: unknown, options?: StructuredSerializeOptions) {
      if (message === 'CLIENT_CLOSED') return;
      postMessage.call(this, message, options);
    },
  });
  let keepAlive: ReturnType<typeof setInterval> | undefined;
  window.addEventListener('beforeunload', () => {
    keepAlive ??= setInterval(
      () => navigator.serviceWorker.controller?.postMessage('KEEPALIVE_REQUEST'),
      5_000,
    );
  });
}
