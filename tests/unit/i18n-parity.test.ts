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

/** i18next plural forms: `key_one`, `key_other` (and French's `key_many`) are one key with forms. */
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(pluralSuffix, '');

describe('translations', () => {
  it('every namespace has the same keys in English and French, each non-empty, with the same placeholders', async () => {
    const bundles: Record<string, { en: unknown; fr: unknown }> = { ...eagerBundles };
    for (const [ns, load] of Object.entries(lazyBundles)) bundles[ns] = await load();
    for (const [ns, bundle] of Object.entries(bundles)) {
      const enLeaves = leafPaths(bundle.en);
      const frLeaves = leafPaths(bundle.fr);
      // Languages differ in plural forms (French has a "many" form), so keys compare without them.
      const en = [...new Set(enLeaves.map(baseKey))].sort();
      const fr = [...new Set(frLeaves.map(baseKey))].sort();
      expect({ ns, missingInFrench: en.filter((k) => !fr.includes(k)) }).toEqual({ ns, missingInFrench: [] });
      expect({ ns, missingInEnglish: fr.filter((k) => !en.includes(k)) }).toEqual({
        ns,
        missingInEnglish: [],
      });
      for (const leaf of [...enLeaves, ...frLeaves]) {
        const language = enLeaves.includes(leaf) ? 'en' : 'fr';
        const text = valueAt(bundle[language], leaf);
        expect(
          typeof text === 'string' && text.trim().length > 0,
          `${ns}:${leaf} (${language}) is empty`,
        ).toBe(true);
      }
      for (const key of en) {
        const forms = (leaves: string[]) => leaves.filter((leaf) => leaf === key || baseKey(leaf) === key);
        const enForms = forms(enLeaves);
        const frForms = forms(frLeaves);
        if (enForms.some((leaf) => leaf !== key) || frForms.some((leaf) => leaf !== key)) {
          // A counted message has its "one" and "other" forms in both languages.
          for (const form of ['one', 'other'])
            expect(
              [enForms, frForms].map((f) => f.includes(`${key}_${form}`)),
              `${ns}:${key}_${form}`,
            ).toEqual([true, true]);
        }
        const reference = placeholders(valueAt(bundle.en, enForms.at(-1) ?? key));
        for (const leaf of frForms)
          expect(placeholders(valueAt(bundle.fr, leaf)), `${ns}:${leaf} placeholders`).toEqual(reference);
        for (const leaf of enForms)
          expect(placeholders(valueAt(bundle.en, leaf)), `${ns}:${leaf} placeholders`).toEqual(reference);
      }
    }
  });
});

describe('counted messages', () => {
  it('every message that shows a {{count}} has plural forms in both languages', async () => {
    const bundles: Record<string, { en: unknown; fr: unknown }> = { ...eagerBundles };
    for (const [ns, load] of Object.entries(lazyBundles)) bundles[ns] = await load();
    const withoutForms: string[] = [];
    for (const [ns, bundle] of Object.entries(bundles)) {
      for (const language of ['en', 'fr'] as const) {
        for (const leaf of leafPaths(bundle[language])) {
          if (placeholders(valueAt(bundle[language], leaf)).includes('count') && !pluralSuffix.test(leaf))
            withoutForms.push(`${ns}:${leaf} (${language})`);
        }
      }
    }
    expect(withoutForms).toEqual([]);
  });
});
