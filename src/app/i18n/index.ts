import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { supportedLanguages, type SupportedLanguage } from '@/lib/locale';
import { eagerNamespaces, eagerResources, isLazyNamespace, lazyBundles, lazyNamespaces } from './resources';

const storageKey = 'pd.language';

function storedLanguage(): SupportedLanguage {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    if (stored && (supportedLanguages as readonly string[]).includes(stored))
      return stored as SupportedLanguage;
  } catch {
    // Storage unavailable: fall back to the browser's language.
  }
  // First visit: follow the browser, so a French-speaking partner starts in French.
  return globalThis.navigator?.language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Loads a feature's namespace from its own chunk the first time a page asks for it. */
const featureBundleBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    if (!isLazyNamespace(namespace)) {
      callback(new Error(`Unknown namespace ${namespace}`), false);
      return;
    }
    lazyBundles[namespace]()
      .then((bundle) => callback(null, bundle[language === 'fr' ? 'fr' : 'en']))
      .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false));
  },
};

export function createI18n(language: SupportedLanguage = storedLanguage()) {
  const instance = i18next.createInstance();
  void instance
    .use(featureBundleBackend)
    .use(initReactI18next)
    .init({
      resources: { en: eagerResources('en'), fr: eagerResources('fr') },
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: false,
      supportedLngs: [...supportedLanguages],
      // A copy per instance: i18next appends every lazily loaded namespace to this array, and a
      // shared one would make the next instance (a story, a test) wait for bundles it never loads.
      ns: [...eagerNamespaces],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      react: { useSuspense: true },
    });
  const applyLanguage = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
    try {
      globalThis.localStorage?.setItem(storageKey, lng);
    } catch {
      // The choice lasts for this page only.
    }
  };
  applyLanguage(instance.language);
  instance.on('languageChanged', applyLanguage);
  return instance;
}

/**
 * Feature strings load on first use, and nested components that suspend one after another chained
 * those loads: the catalog's heading waited for the catalog's strings, then for the customer
 * picker's. The browser entry asks for every feature's strings at once instead, beside the first
 * page's own chunks (about 29 KB gzip in all, both languages).
 */
export function preloadFeatureStrings(instance: I18n): Promise<void> {
  return instance.loadNamespaces(lazyNamespaces);
}
