import { setupWorker } from 'msw/browser';
import { setNow } from '@/lib/clock';
import { setCatalogMode } from './catalog';
import { enablePersistentDatabase } from './db/database';
import { setGeneratedTenants } from './db/generated-tenants';
import { setGeneratedUsers } from './db/partner-users';
import { loadFaults } from './faults';
import { setNaturalLatency } from './http';
import { lazyHandlers, preloadCoreHandlers } from './lazy-handlers';
import { followNewerWorkers } from './newer-worker';
import { mockServiceWorkerUrl } from './worker-registration';

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
  const settledRegistration = await registration;
  await untilControlled(settledRegistration);
  const start = () =>
    worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: mockServiceWorkerUrl } });
  const started = start();
  followNewerWorkers({
    container: navigator.serviceWorker,
    registration: settledRegistration,
    started,
    restart: () => {
      worker.stop();
      return start();
    },
  });
  await started;
  // Read by npm run bench: from navigation start to the mock answering.
  performance.mark('mock: ready');
}

/**
 * Returns once this page is under the mock's worker, so that no call leaves it before.
 * - A first visit: the entry's registration is still installing the worker, which claims the page
 *   when it activates (mockServiceWorker.js claims its clients). That claim is waited for.
 * - A hard reload bypasses an active worker, and the page stays uncontrolled. It is reloaded, and
 *   the calls wait until it goes. MSW's own recovery reloads too, but then goes on starting, and
 *   calls made before the page went reached the real host (a CI run caught four).
 * A newer worker waiting behind the active one is not waited for: it waits for as long as the active
 * one has requests in flight. A worker that failed to install leaves MSW to report the failure.
 */
async function untilControlled(registration: ServiceWorkerRegistration): Promise<void> {
  const container = navigator.serviceWorker;
  if (container.controller) return;
  const { active } = registration;
  const firstWorker = active
    ? active.state === 'activating'
      ? active
      : null
    : (registration.installing ?? registration.waiting);
  if (firstWorker) {
    await new Promise<void>((resolve) => {
      container.addEventListener('controllerchange', () => resolve(), { once: true });
      firstWorker.addEventListener('statechange', () => {
        if (firstWorker.state === 'activated' || firstWorker.state === 'redundant') resolve();
      });
    });
  }
  if (container.controller || registration.active?.state !== 'activated') return;
  window.location.reload();
  await new Promise<never>(() => {});
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
