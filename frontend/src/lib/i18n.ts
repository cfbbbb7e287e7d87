import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

// Translations live in src/locales/<language>/<namespace>.json, one namespace
// per area of the app; every file is bundled (they are small).
const files = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', { eager: true, import: 'default' });

export const languages = ['zh-CN', 'en'] as const;
type Language = (typeof languages)[number];
const languageKey = 'grassroots.language';

const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, data] of Object.entries(files)) {
  const m = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (m) (resources[m[1]] ??= {})[m[2]] = data;
}

/** Maps what the browser says (zh, zh-Hans-CN, en-GB, …) onto the app's languages. */
export function toLanguage(tag: string | undefined): Language {
  return tag?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: [...languages],
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: Object.keys(resources.en ?? {}),
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: languageKey,
      caches: ['localStorage'],
      convertDetectedLanguage: (tag: string) => toLanguage(tag),
    },
  });

const setLang = (lng: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
};
setLang(i18n.resolvedLanguage ?? 'en');
i18n.on('languageChanged', setLang);

export default i18n;
