import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../core/bilingual';
import { en } from './en';
import { ru } from './ru';

// ru is the desk's language and the default; the choice of English is remembered per device.
const LANGUAGE_KEY = 'serodesk.language';

export function savedLanguage(storage: Pick<Storage, 'getItem'>): Language {
  return storage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'ru';
}

export function rememberLanguage(storage: Pick<Storage, 'setItem'>, language: Language): void {
  storage.setItem(LANGUAGE_KEY, language);
}

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'ru',
    resources: { ru: { translation: ru }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
