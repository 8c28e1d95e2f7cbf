import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { finiteAnimationsDone } from '../support/animations';

export { expect };

/** A problem a page reported while a test ran: a console error, an uncaught error, a CSP violation. */
interface PageProblem {
  kind: 'console' | 'pageerror' | 'csp';
  text: string;
}

/** Marks each CSP violation in the page's console so the fixture below sees it (the event is page-side only). */
const reportCspViolations = () => {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(
      `[csp] ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
    );
  });
};

/**
 * Every browser test uses this `test`: its `page` fails the test, after the body ran, on any console
 * error, unhandled error or rejection (`pageerror`), or Content-Security-Policy violation. A page that
 * "works" while logging failures is not working.
 *
 * A spec that causes failures on purpose (the mock's 500 and network-down scenarios make Chromium log
 * "Failed to load resource") names exactly what it expects with
 * `test.use({ expectedConsoleErrors: /…|…/ })`; unhandled errors and CSP violations are never allowed.
 * One RegExp (alternatives joined with `|`): Playwright reads an array given to `test.use` as
 * `[value, options]`, so `[/a/, /b/]` would arrive as `/a/` alone.
 */
export const test = base.extend<{ expectedConsoleErrors: RegExp | RegExp[] }>({
  expectedConsoleErrors: [[], { option: true }],
  page: async ({ page, expectedConsoleErrors }, provide) => {
    const expected = [expectedConsoleErrors].flat();
    const pageProblems: PageProblem[] = [];
    await page.addInitScript(reportCspViolations);
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (text.startsWith('[csp]')) pageProblems.push({ kind: 'csp', text });
      else if (!expected.some((pattern) => pattern.test(text))) {
        // "Failed to load resource" names no URL in its text; the location does.
        const { url } = message.location();
        pageProblems.push({ kind: 'console', text: url ? `${text} (${url})` : text });
      }
    });
    page.on('pageerror', (error) =>
      pageProblems.push({ kind: 'pageerror', text: error.stack ?? error.message }),
    );
    await provide(page);
    expect(
      pageProblems.map((problem) => `${problem.kind}: ${problem.text}`),
      'console errors, unhandled errors and CSP violations',
    ).toEqual([]);
  },
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
}

/**
 * axe on the current page; fails on serious or critical violations. Fluent's focus-trap helpers
 * (`data-tabster-dummy`) are excluded: they are the library's, not our markup.
 */
export async function expectNoSeriousA11yViolations(page: Page, context?: string): Promise<void> {
  await page.evaluate(finiteAnimationsDone);
  let serious = await seriousViolations(page);
  if (serious.length > 0) {
    // Motion can also start while axe runs (a toast times out and fades away during a run of several
    // seconds; a CI run failed on it). What is wrong once the page is still is reported.
    await page.evaluate(finiteAnimationsDone);
    serious = await seriousViolations(page);
  }
  const summary = serious.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe serious/critical violations${context ? ` (${context})` : ''}`).toEqual([]);
}

/**
 * Collects console errors so a test can also assert on them mid-way. Every test's `page` from the
 * `test` above already fails on them; this stays for tests that check at a precise moment.
 */
export function trackConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
