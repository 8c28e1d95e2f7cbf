import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiOriginOf, headersFile, headerPolicy, metaPolicy } from '../../csp.config';

describe('Content-Security-Policy', () => {
  it('public/_headers carries the policy the build writes into index.html', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile());
    expect(headerPolicy()).toContain(metaPolicy());
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
