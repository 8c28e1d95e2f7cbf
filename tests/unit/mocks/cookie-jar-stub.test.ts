import { describe, expect, it } from 'vitest';

// The browser build gives MSW this stub in place of tough-cookie (vite.config.ts); the browser suite
// runs every page through it. Vitest loads MSW from node_modules untouched, so only the stub's own
// refusal is checked here.
describe('the mock without a cookie jar', () => {
  it('fails loudly when something tries to store a cookie', async () => {
    const { CookieJar } = await import('tough-cookie');
    await expect(new CookieJar().setCookie('a=b', 'http://localhost:3000/')).rejects.toThrow(
      /built without a cookie jar/,
    );
  });
});
