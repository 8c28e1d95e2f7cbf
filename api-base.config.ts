/**
 * The API base URL a build calls, decided once for the app (`import.meta.env.VITE_API_BASE_URL`),
 * its Content-Security-Policy and `vite preview`'s headers, in every mode: the dev server, the
 * production build, the workshop and Vitest.
 *
 * With the embedded mock on and no base given, the app calls Partner Center's documented host, as
 * the real app would, and the mock's service worker answers there: it sees a page's cross-origin
 * requests as well as its own, and no call leaves before the worker is ready (src/lib/api-ready.ts).
 * The API's origin is then not the static host's, as in production. On one origin, the mock's
 * simulated latency (120-450 ms a call) was taken for the static host's too: Lighthouse's network
 * model charged it to the document and every script, and `/`, with its renewals scan of 60 calls,
 * scored 75 for a first paint that Chromium makes in 0.7 s.
 */
export const partnerCenterApiBaseUrl = 'https://api.partnercenter.microsoft.com';

export function apiBaseUrlFor(env: Record<string, string | undefined>): string {
  if (env.VITE_API_BASE_URL !== undefined) return env.VITE_API_BASE_URL.replace(/\/+$/, '');
  // Without the mock and without a base, the API is behind the same origin (a reverse proxy).
  return env.VITE_API_MOCKING === 'off' ? '' : partnerCenterApiBaseUrl;
}
