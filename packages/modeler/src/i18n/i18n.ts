/**
 * i18next with German as the default language and English to switch to. The choice is kept in
 * localStorage and mirrored in `<html lang>` so that screen readers pronounce the page correctly.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de.json';
import enJson from './en.json';

/** The English texts must have every key the German ones have (checked by the compiler). */
const en: typeof de = enJson;

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'efile.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof de };
  }
}

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}

/** Initialises i18next once; answers the instance. */
export function initI18n(): typeof i18next {
  if (i18next.isInitialized) return i18next;
  const lng = storedLanguage();
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'de',
    supportedLngs: [...LANGUAGES],
    resources: { de: { translation: de }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // private mode: the choice lasts for this page only
    }
  });
  return i18next;
}

/** The Intl locale of a UI language. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'de-DE';
}
