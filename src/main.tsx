import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createApp } from './app/app';
import { holdApiCallsUntil } from './lib/api-ready';
import { apiMocking } from './lib/config';
import { registerMockWorker } from './mocks/worker-registration';

async function enableMocking(): Promise<void> {
  if (!apiMocking) return;
  // Registered by MSW, a first visit's worker was fetched, installed and activated only after the
  // mock's chunk had arrived and run. Registered here, it installs while the chunk downloads: the
  // mock answered 53 ms sooner (median of 10 first visits to a customer's account page).
  const registration = registerMockWorker();
  // Awaited once the chunk is in; until then a failure must not count as unhandled.
  registration.catch(() => {});
  // A separate chunk: a build pointed at a real API never downloads the mock.
  const { startMockServiceWorker } = await import('./mocks/browser');
  await startMockServiceWorker(registration);
}

function render(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('The #root element is missing from index.html.');
  const app = createApp({ preloadFeatureStrings: true });
  const reactRoot = createRoot(root);
  // As a transition the first render yields to the browser every few milliseconds instead of
  // holding the main thread in one long task: the mock's chunk evaluates and its worker starts in
  // between, and input is never blocked for long.
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App {...app} />
      </StrictMode>,
    );
  });
}

// The first screen does not wait for the mock: API calls wait for it instead (see api-ready.ts).
holdApiCallsUntil(enableMocking());
render();
