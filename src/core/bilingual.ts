// Every reason a person can be shown has a message in Russian (the default) and English.
// Core owns these texts because the verifier CLI and the register print them too; the UI's
// own labels live in src/ui/i18n.
export type Language = 'ru' | 'en';
export const LANGUAGES: readonly Language[] = ['ru', 'en'];

export type Bilingual = { readonly ru: string; readonly en: string };

/** A complete table of messages for a closed set of reasons: the compiler keeps it complete. */
export type MessageTable<R extends string> = { readonly [K in R]: Bilingual };
