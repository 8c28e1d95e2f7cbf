import { setupWorker } from 'msw/browser';
import { enablePersistentDatabase } from './db/database';
import { loadFaults } from './faults';
import { handlers } from './handlers';
import { setNaturalLatency } from './http';

/** Loaded with a dynamic import only when mocking is on, so a real-API build does not ship it. */
export async function startMockServiceWorker(): Promise<void> {
  enablePersistentDatabase();
  loadFaults(window.location.search);
  setNaturalLatency([120, 450]);
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
