import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../core/bilingual';
import { LOCAL, readLocal, writeLocal } from '../persistedKeys';
import { ru } from './ru';
import { loadTextSections } from './sections';

// ru is the desk's language and the default; the choice of English is remembered per device.
export function savedLanguage(storage: Pick<Storage, 'getItem'>): Language {
  return readLocal(storage, LOCAL.language) ?? 'ru';
}

export function rememberLanguage(storage: Pick<Storage, 'setItem'>, language: Language): void {
  writeLocal(storage, LOCAL.language, language);
}

// English is a chunk of its own (issue #14): a Russian desk's start-up neither downloads nor
// parses it. It is fetched (from the service worker's cache when offline) when chosen, and by
// the desk before a bilingual print (certificate, statement: both languages whatever the
// screen's, src/ui/desk/DeskRoutes.tsx); `bindI18nStore: 'added'` re-renders a print that was
// faster than that fetch.
const bundles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    const messages = language === 'en' ? import('./en').then((m) => m.en) : Promise.resolve(ru);
    messages.then(
      (loaded) => {
        callback(null, loaded);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : String(error), false);
      },
    );
  },
};

/**
 * Starts i18next in `language`, resolving once that language is loaded; the other one is
 * loaded when asked for. For the app's start-up (main.tsx), where every kilobyte delays the
 * first paint.
 */
export async function startI18n(language: Language): Promise<typeof i18next> {
  await i18next
    .use(bundles)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'ru',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { bindI18nStore: 'added' },
    });
  return i18next;
}

/** Starts i18next with both languages and every section loaded (tests). */
export async function initI18n(language: Language): Promise<typeof i18next> {
  await startI18n(language);
  await i18next.loadLanguages(['ru', 'en']);
  await loadTextSections(['desk', 'admin', 'verifier', 'tabletSettings', 'enrolment']);
  return i18next;
}
