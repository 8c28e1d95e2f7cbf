import { describe, expect, it } from 'vitest';
import { createI18n, preloadFeatureStrings } from '@/app/i18n';
import { eagerNamespaces, lazyNamespaces } from '@/app/i18n/resources';

describe('i18n instances', () => {
  it('loading a feature namespace in one instance leaves the shared list and the next instance alone', async () => {
    const before = [...eagerNamespaces];
    const first = createI18n('en');
    await first.loadNamespaces('catalog');
    expect(first.hasLoadedNamespace('catalog')).toBe(true);
    expect([...eagerNamespaces]).toEqual(before);

    const second = createI18n('fr');
    expect(second.options.ns).toEqual(before);
    // The second instance is ready at once for what it bundles, and loads a feature on demand.
    expect(second.t('actions.retry')).toBe('Réessayer');
    await second.loadNamespaces('catalog');
    expect(second.hasLoadedNamespace('catalog')).toBe(true);
  });
});

describe('preloadFeatureStrings', () => {
  it('loads every feature namespace of the current language at once, and French pages use them', async () => {
    const fr = createI18n('fr');
    expect(lazyNamespaces.filter((ns) => fr.hasLoadedNamespace(ns))).toEqual([]);
    await preloadFeatureStrings(fr);
    expect(lazyNamespaces.filter((ns) => !fr.hasLoadedNamespace(ns))).toEqual([]);
    expect(fr.t('title', { ns: 'home' })).toBe('Accueil');
  });
});

describe('counted messages', () => {
  it('the throttling wait is singular for one second and plural otherwise, in both languages', () => {
    const en = createI18n('en');
    expect(en.t('errors.throttled', { count: 1 })).toContain('wait 1 second before');
    expect(en.t('errors.throttled', { count: 2 })).toContain('wait 2 seconds before');
    const fr = createI18n('fr');
    // French uses the singular for 0 and 1.
    expect(fr.t('errors.throttled', { count: 0 })).toContain('attendre 0 seconde avant');
    expect(fr.t('errors.throttled', { count: 1 })).toContain('attendre 1 seconde avant');
    expect(fr.t('errors.throttled', { count: 5 })).toContain('attendre 5 secondes avant');
    expect(fr.t('errors.throttled', { count: 1_000_000 })).toContain('secondes avant');
  });

  it('length limits count characters with the right plural form', () => {
    const en = createI18n('en');
    expect(en.t('validation.tooLong', { count: 1 })).toBe('Use at most 1 character.');
    expect(en.t('validation.tooLong', { count: 100 })).toBe('Use at most 100 characters.');
    const fr = createI18n('fr');
    expect(fr.t('validation.industriesMax', { count: 3 })).toBe('Choisissez au plus 3 secteurs.');
    expect(fr.t('validation.industriesMax', { count: 1 })).toBe('Choisissez au plus 1 secteur.');
  });
});
