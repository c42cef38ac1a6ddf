import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../core/bilingual';
import { LOCAL, readLocal, writeLocal } from '../persistedKeys';
import { en } from './en';
import { ru } from './ru';

// ru is the desk's language and the default; the choice of English is remembered per device.
export function savedLanguage(storage: Pick<Storage, 'getItem'>): Language {
  return readLocal(storage, LOCAL.language) ?? 'ru';
}

export function rememberLanguage(storage: Pick<Storage, 'setItem'>, language: Language): void {
  writeLocal(storage, LOCAL.language, language);
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
