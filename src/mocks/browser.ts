import { setupWorker } from 'msw/browser';
import { setNow } from '@/lib/clock';
import { setCatalogMode } from './catalog';
import { enablePersistentDatabase } from './db/database';
import { setGeneratedTenants } from './db/generated-tenants';
import { setGeneratedUsers } from './db/partner-users';
import { loadFaults } from './faults';
import { setNaturalLatency } from './http';
import { lazyHandlers } from './lazy-handlers';

/** Loaded with a dynamic import only when mocking is on, so a real-API build does not ship it. */
export async function startMockServiceWorker(): Promise<void> {
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
  keepTheWorkerRegistered();
  const worker = setupWorker(...lazyHandlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  keepMockingUntilThePageIsGone();
  // Read by npm run bench: from navigation start to the mock answering.
  performance.mark('mock: ready');
}

/**
 * MSW tells its worker that the page is gone as soon as `beforeunload` fires (and the worker
 * unregisters itself when no other tab is open). From then on the worker sends the page's requests
 * to the network, where the static host answers 404. But the page lives on: a navigation takes a
 * moment to commit (a running scan keeps calling meanwhile), and the unsaved-changes guard's prompt
 * lets the user stay. Registered after MSW's own listener, this one re-activates mocking for the
 * page at once and keeps the worker awake, as MSW's keep-alive (which it also stops) did.
 */
function keepMockingUntilThePageIsGone() {
  let keepAlive: ReturnType<typeof setInterval> | undefined;
  window.addEventListener('beforeunload', () => {
    const worker = () => navigator.serviceWorker.controller;
    worker()?.postMessage('MOCK_ACTIVATE');
    keepAlive ??= setInterval(() => worker()?.postMessage('KEEPALIVE_REQUEST'), 5_000);
  });
}

/**
 * On `beforeunload` MSW also tells its worker that this client is closed, and the worker unregisters
 * itself when no other client is left. A navigation in the same tab then loads the next page
 * uncontrolled: its first requests (the shell's) reach the static host and get 404 before the worker
 * is registered again (a CI run caught three). The worker already ignores clients that never
 * activated mocking, so it stays registered and the next page is controlled from its first request.
 */
function keepTheWorkerRegistered() {
  const { postMessage } = ServiceWorker.prototype;
  Object.assign(ServiceWorker.prototype, {
    postMessage(this: ServiceWorker, message: unknown, options?: StructuredSerializeOptions) {
      if (message === 'CLIENT_CLOSED') return;
      postMessage.call(this, message, options);
    },
  });
}
