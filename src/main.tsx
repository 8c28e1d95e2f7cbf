import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createApp } from './app/app';
import { apiMocking } from './lib/config';

async function enableMocking(): Promise<void> {
  if (!apiMocking) return;
  // A separate chunk: a build pointed at a real API never downloads the mock.
  const { startMockServiceWorker } = await import('./mocks/browser');
  await startMockServiceWorker();
}

function render(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('The #root element is missing from index.html.');
  const app = createApp();
  createRoot(root).render(
    <StrictMode>
      <App {...app} />
    </StrictMode>,
  );
}

// The mock must be listening before the first render, or early requests would escape it.
void enableMocking().then(render);
