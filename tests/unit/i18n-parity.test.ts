import { describe, expect, it } from 'vitest';
import { eagerBundles, lazyBundles } from '@/app/i18n/resources';

function leafPaths(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
      leafPaths(inner, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [prefix];
}

function placeholders(text: unknown): string[] {
  return typeof text === 'string' ? [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1] ?? '').sort() : [];
}

function valueAt(tree: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

describe('translations', () => {
  it('every namespace has the same keys in English and French, each non-empty, with the same placeholders', async () => {
    const bundles: Record<string, { en: unknown; fr: unknown }> = { ...eagerBundles };
    for (const [ns, load] of Object.entries(lazyBundles)) bundles[ns] = await load();
    for (const [ns, bundle] of Object.entries(bundles)) {
      const en = leafPaths(bundle.en).sort();
      const fr = leafPaths(bundle.fr).sort();
      expect({ ns, missingInFrench: en.filter((k) => !fr.includes(k)) }).toEqual({ ns, missingInFrench: [] });
      expect({ ns, missingInEnglish: fr.filter((k) => !en.includes(k)) }).toEqual({
        ns,
        missingInEnglish: [],
      });
      for (const key of en) {
        const english = valueAt(bundle.en, key);
        const french = valueAt(bundle.fr, key);
        expect(typeof english === 'string' && english.trim().length > 0, `${ns}:${key} (en) is empty`).toBe(
          true,
        );
        expect(typeof french === 'string' && french.trim().length > 0, `${ns}:${key} (fr) is empty`).toBe(
          true,
        );
        expect(placeholders(french), `${ns}:${key} placeholders`).toEqual(placeholders(english));
      }
    }
  });
});
