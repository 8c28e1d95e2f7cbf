// The bare React page of `npm run bench` (the floor), built by the same Vite and React plugin.
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../node_modules/.cache/bench-bare', import.meta.url)),
    emptyOutDir: true,
  },
});
