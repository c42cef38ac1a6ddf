import 'i18next';
import type { ru } from './ru';

// Typed keys: `t('login.title')` is checked against the Russian resources at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ru };
  }
}
