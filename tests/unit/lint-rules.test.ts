import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The security rules are only worth something while they fire: each probe must be reported, in app
// code and in the build scripts alike.
const probes: [string, string][] = [
  [
    'dangerouslySetInnerHTML',
    'export const A = (p: { h: string }) => <div dangerouslySetInnerHTML={{ __html: p.h }} />;',
  ],
  ['innerHTML write', 'export function f(e: Element, h: string) { e.innerHTML = h; }'],
  ['outerHTML write', 'export function f(e: Element, h: string) { e.outerHTML = h; }'],
  [
    'insertAdjacentHTML',
    "export function f(e: Element, h: string) { e.insertAdjacentHTML('beforeend', h); }",
  ],
  ['document.write', 'export function f(h: string) { document.write(h); }'],
  ['eval', 'export function f(h: string) { return eval(h); }'],
  ['window.eval', 'export function f(h: string) { return window.eval(h); }'],
  ['new Function', 'export function f(h: string) { return new Function(h); }'],
  ['string setTimeout', "export function f() { setTimeout('go()', 1); }"],
  ['string setInterval', 'export function f(h: string) { window.setInterval(`go(${h})`, 1); }'],
  // Zod's default probe runs `new Function` (see src/lib/zod.ts).
  ['zod without its CSP config', "import { z } from 'zod'; export const s = z.object({});"],
];

const securityRules = new Set(['no-restricted-syntax', 'no-eval', 'no-implied-eval', 'no-new-func']);
const rulesUnderTest = new Set([...securityRules, 'no-restricted-imports']);
// Only the rules under test run: the React Compiler's rules alone took 3 s to warm up here.
const eslint = new ESLint({ ruleFilter: ({ ruleId }) => rulesUnderTest.has(ruleId) });

async function findings(code: string, filePath: string, rules: Set<string>) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId && rules.has(m.ruleId));
}
const securityFindings = (code: string, filePath: string) => findings(code, filePath, securityRules);

describe('lint forbids turning strings into markup or code', { timeout: 60_000 }, () => {
  it.each(probes)('reports %s in app code', async (_name, code) => {
    expect(await securityFindings(code, 'src/lib/probe.tsx')).not.toHaveLength(0);
  });

  it('reports them in build scripts too', async () => {
    expect(
      await securityFindings(
        'export const f = (e, h) => { e.innerHTML = h; eval(h); };',
        'scripts/probe.mjs',
      ),
    ).toHaveLength(2);
  });

  it('lets text through', async () => {
    const code =
      'export function f(e: Element, h: string) { e.textContent = h; setTimeout(() => f(e, h), 1); }';
    expect(await securityFindings(code, 'src/lib/probe.tsx')).toHaveLength(0);
  });
});

describe('lint keeps each feature to the others’ public entries', { timeout: 60_000 }, () => {
  const features = readdirSync('src/features', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const boundary = new Set(['no-restricted-imports']);

  it.each(features)(
    'reports %s reaching into another feature, and lets its public entry through',
    async (feature) => {
      const other = features.find((name) => name !== feature)!;
      const file = `src/features/${feature}/probe.ts`;
      expect(await findings(`export * from '@/features/${other}/api';`, file, boundary)).toHaveLength(1);
      expect(await findings(`export * from '@/features/${other}';`, file, boundary)).toHaveLength(0);
    },
  );
});
