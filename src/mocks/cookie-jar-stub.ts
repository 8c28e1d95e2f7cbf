/**
 * Stands in for `tough-cookie` (see vite.config.ts). MSW keeps a cookie jar so that a mocked response's
 * `Set-Cookie` reaches later requests; Partner Center authenticates with bearer tokens and no handler
 * here sets a cookie, yet the jar and the public-suffix list it needs were half of what the mock
 * downloads before it can answer. Cookies the page itself has (`document.cookie`) still reach
 * handlers: MSW reads those without the jar.
 */

/** MSW rebuilds its jar from localStorage; there is nothing to restore. */
export const Cookie = {
  fromJSON(): null {
    return null;
  },
};

export class MemoryCookieStore {
  idx: Record<string, never> = {};
}

export class CookieJar {
  getCookiesSync(): never[] {
    return [];
  }

  setCookie(): Promise<never> {
    // Loud rather than silently dropped: a handler that starts setting cookies needs the real jar back.
    return Promise.reject(
      new Error('A mock handler set a cookie, but the mock is built without a cookie jar (vite.config.ts).'),
    );
  }
}
