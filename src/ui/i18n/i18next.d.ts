import 'i18next';
import type { RuTexts } from './ru';

// Typed keys: `t('login.title')` is checked against the Russian resources at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: RuTexts };
  }
}
