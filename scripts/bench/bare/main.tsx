// The floor for `npm run bench`: React alone, built by the same Vite, rendering one heading and a
// paragraph. No page of the app can paint sooner than this on the same machine.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main>
      <h1>Bare React page</h1>
      <p>React 19 and nothing else, served by vite preview like the app.</p>
    </main>
  </StrictMode>,
);
