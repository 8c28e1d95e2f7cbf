import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { supportedLanguages, type SupportedLanguage } from '@/lib/locale';
import { namespaces, resources } from './resources';

const storageKey = 'pd.language';

function storedLanguage(): SupportedLanguage {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    if (stored && (supportedLanguages as readonly string[]).includes(stored)) return stored as SupportedLanguage;
  } catch {
    // Storage unavailable: fall back to English.
  }
  return 'en';
}

export function createI18n(language: SupportedLanguage = storedLanguage()) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    supportedLngs: [...supportedLanguages],
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
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
