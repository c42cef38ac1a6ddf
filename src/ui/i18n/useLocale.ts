import { useTranslation } from 'react-i18next';
import type { Bilingual, Language } from '../../core/bilingual';

// The screen's language in one place, instead of `i18n.language === 'en' ? … : …` in every
// view: which language, the locale for dates and numbers, and the right half of a
// bilingual text or of a ru/en name pair (a clinic, a service, a kit).

export type Locale = {
  readonly language: Language;
  /** For toLocale*String: Russian, or British English (day before month). */
  readonly bcp47: 'ru-RU' | 'en-GB';
  readonly pick: (text: Bilingual) => string;
  readonly nameOf: (named: { readonly nameRu: string; readonly nameEn: string }) => string;
};

export function localeOf(language: Language): Locale {
  const en = language === 'en';
  return {
    language,
    bcp47: en ? 'en-GB' : 'ru-RU',
    pick: (text) => (en ? text.en : text.ru),
    nameOf: (named) => (en ? named.nameEn : named.nameRu),
  };
}

/** Any language i18next reports other than English is the desk's default, Russian. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return localeOf(i18n.language === 'en' ? 'en' : 'ru');
}
