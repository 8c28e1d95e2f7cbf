/**
 * Runtime configuration from Vite env vars. The defaults give the embedded demo: Partner Center's
 * documented `https://api.partnercenter.microsoft.com/v1/...` URLs, answered by the MSW mock in the
 * page (api-base.config.ts decides the base for every mode).
 */
const env = import.meta.env;

/**
 * Empty string means "same origin as the app" (a build without the mock and without a base).
 * Already without a trailing slash: the build sets it from api-base.config.ts in every mode.
 */
export const apiBaseUrl: string = env.VITE_API_BASE_URL ?? '';

/** Mocking stays on unless explicitly turned off, so `npm run dev` and `preview` need no backend. */
export const apiMocking: boolean = (env.VITE_API_MOCKING ?? 'on') !== 'off';
