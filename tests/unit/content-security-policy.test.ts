import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiBaseUrlFor, partnerCenterApiBaseUrl } from '../../api-base.config';
import { apiOriginOf, headersFile, headerPolicy, metaPolicy } from '../../csp.config';

describe('Content-Security-Policy', () => {
  it('public/_headers carries the policy the default build writes into index.html', () => {
    const apiOrigin = apiOriginOf(apiBaseUrlFor({}));
    expect(apiOrigin).toBe(partnerCenterApiBaseUrl);
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile(apiOrigin));
    expect(headerPolicy(apiOrigin)).toContain(metaPolicy(apiOrigin));
  });

  it('allows no inline script and no eval, and no plugin content', () => {
    const policy = headerPolicy();
    const scripts = /script-src ([^;]*)/.exec(policy)?.[1];
    expect(scripts).toBe("'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('keeps header-only directives out of the <meta> tag, where Chromium would log them as errors', () => {
    expect(metaPolicy()).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });

  it('lets the app reach a configured API origin, and only that', () => {
    expect(apiOriginOf('')).toBeUndefined();
    expect(apiOriginOf('/api')).toBeUndefined();
    const origin = apiOriginOf('https://api.partnercenter.microsoft.com/v1/');
    expect(origin).toBe('https://api.partnercenter.microsoft.com');
    expect(metaPolicy(origin)).toContain("connect-src 'self' https://api.partnercenter.microsoft.com;");
  });
});

describe('the API base URL a build calls', () => {
  it("is Partner Center's documented host while the mock answers in the page", () => {
    expect(apiBaseUrlFor({})).toBe('https://api.partnercenter.microsoft.com');
    expect(apiBaseUrlFor({ VITE_API_MOCKING: 'on' })).toBe('https://api.partnercenter.microsoft.com');
  });

  it('is the configured one when given, and the same origin without the mock and without a base', () => {
    expect(apiBaseUrlFor({ VITE_API_BASE_URL: 'http://127.0.0.1:4010/', VITE_API_MOCKING: 'off' })).toBe(
      'http://127.0.0.1:4010',
    );
    expect(apiBaseUrlFor({ VITE_API_MOCKING: 'off' })).toBe('');
  });
});
