import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createAppRouter } from './app/app';
import { createI18n } from './app/i18n';
import { apiMocking } from './lib/config';
import { createQueryClient } from './lib/query-client';

async function enableMocking(): Promise<void> {
  if (!apiMocking) return;
  // A separate chunk: a build pointed at a real API never downloads the mock.
  const { startMockServiceWorker } = await import('./mocks/browser');
  await startMockServiceWorker();
}

function render(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('The #root element is missing from index.html.');
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} i18n={createI18n()} router={createAppRouter()} />
    </StrictMode>,
  );
}

// The mock must be listening before the first render, or early requests would escape it.
void enableMocking().then(render);
