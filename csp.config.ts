/**
 * The production build's Content-Security-Policy, in one place: vite.config.ts writes it into
 * index.html as a <meta> tag and sends it from `vite preview`; `public/_headers` carries the same
 * policy for static hosts that read that file (Netlify, Cloudflare Pages), and a unit test keeps the
 * two equal.
 *
 * - Scripts: only the app's own files. No inline script, no eval (the Vite build needs neither).
 * - Styles: 'self' plus 'unsafe-inline'. Fluent's Griffel creates <style> elements at run time and
 *   fills them with rules it computes from the components rendered (FluentProvider does the same
 *   for the theme's CSS variables). A hash cannot name rules that do not exist at build time, and a
 *   nonce is only worth something when each response gets a fresh one, which a static host cannot
 *   give. Injected CSS cannot run code, and script-src stays strict, which is what stops XSS.
 * - The API: connect-src names the API's origin (api-base.config.ts). With the mock on it is
 *   Partner Center's documented host, whose calls MSW's service worker answers in the page; the
 *   worker itself is a same-origin script (worker-src 'self').
 */

type Directives = Record<string, string[]>;

function directives(apiOrigin?: string): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': apiOrigin ? ["'self'", apiOrigin] : ["'self'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
}

// Directives a <meta> policy may not carry: Chromium ignores them there and logs an error.
const headerOnly: Directives = { 'frame-ancestors': ["'none'"] };

const serialize = (policy: Directives) =>
  Object.entries(policy)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');

/** The origin of the configured API base URL, when it is not the app's own (empty = same origin). */
export function apiOriginOf(apiBaseUrl: string | undefined): string | undefined {
  if (!apiBaseUrl || !/^https?:\/\//.test(apiBaseUrl)) return undefined;
  return new URL(apiBaseUrl).origin;
}

/** The policy as the <meta http-equiv="Content-Security-Policy"> tag carries it. */
export function metaPolicy(apiOrigin?: string): string {
  return serialize(directives(apiOrigin));
}

/** The policy as an HTTP header carries it (adds what only a header can say). */
export function headerPolicy(apiOrigin?: string): string {
  return serialize({ ...directives(apiOrigin), ...headerOnly });
}

/** The response headers of every page and asset, for a server or a static host's `_headers`. */
export function securityHeaders(apiOrigin?: string): Record<string, string> {
  return {
    'Content-Security-Policy': headerPolicy(apiOrigin),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/** `_headers` in the format Netlify and Cloudflare Pages read: a path, then indented headers. */
export function headersFile(apiOrigin?: string): string {
  const lines = Object.entries(securityHeaders(apiOrigin)).map(([name, value]) => `  ${name}: ${value}`);
  return ['# Written from csp.config.ts (a unit test keeps them equal).', '/*', ...lines, ''].join('\n');
}
