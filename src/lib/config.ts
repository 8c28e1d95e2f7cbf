/**
 * Runtime configuration from Vite env vars. The defaults give the embedded demo: same-origin
 * `/v1/...` paths answered by the MSW mock.
 */
const env = import.meta.env;

/** Empty string means "same origin as the app". */
export const apiBaseUrl: string = (env.VITE_API_BASE_URL ?? '').replace(/\/+$/, '');

/** Mocking stays on unless explicitly turned off, so `npm run dev` and `preview` need no backend. */
export const apiMocking: boolean = (env.VITE_API_MOCKING ?? 'on') !== 'off';
