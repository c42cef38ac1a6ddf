// Names as the desk stores them. Cyrillic names allow letters, hyphen, space and apostrophe
// (Д'Артаньян, Мария-Елена, Оглы compounds); the Latin fields allow A–Z, hyphen and space,
// the alphabet of the passport's machine-readable lines.
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { MessageTable } from '../bilingual';

export const NAME_MAX_LENGTH = 60;

export type NameReason = 'name-empty' | 'name-not-cyrillic' | 'name-too-long';
export type LatinNameReason = 'latin-name-empty' | 'latin-name-not-latin' | 'name-too-long';

export const NAME_MESSAGES: MessageTable<NameReason | LatinNameReason> = {
  'name-empty': { ru: 'Заполните поле', en: 'This field is required' },
  'name-not-cyrillic': {
    ru: 'Только русские буквы, дефис, пробел и апостроф',
    en: 'Cyrillic letters, hyphen, space and apostrophe only',
  },
  'name-too-long': { ru: 'Не более 60 символов', en: 'At most 60 characters' },
  'latin-name-empty': { ru: 'Заполните написание латиницей', en: 'Enter the Latin spelling' },
  'latin-name-not-latin': {
    ru: 'Только латинские буквы A–Z, дефис и пробел',
    en: 'Latin letters A–Z, hyphen and space only',
  },
};

const CYRILLIC_NAME = /^[А-ЯЁа-яё](?:[А-ЯЁа-яё'\- ]*[А-ЯЁа-яё])?$/u;
const LATIN_NAME = /^[A-Z](?:[A-Z\- ]*[A-Z])?$/;

function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/’/g, "'");
}

/** A Cyrillic name: trimmed, inner spaces collapsed, typographic apostrophe made plain. */
export function parseCyrillicName(input: string): Result<string, NameReason> {
  const name = tidy(input);
  if (name === '') return fail('name-empty');
  if (name.length > NAME_MAX_LENGTH) return fail('name-too-long');
  if (!CYRILLIC_NAME.test(name)) return fail('name-not-cyrillic');
  return ok(name);
}

/** A Latin name, upper-cased as in the passport. */
export function parseLatinName(input: string): Result<string, LatinNameReason> {
  const name = tidy(input).toUpperCase();
  if (name === '') return fail('latin-name-empty');
  if (name.length > NAME_MAX_LENGTH) return fail('name-too-long');
  if (!LATIN_NAME.test(name)) return fail('latin-name-not-latin');
  return ok(name);
}

// Whether a stored name is one the parsers above would write: what every record read or
// received is checked for (person.ts), ≈ 50 ns against ≈ 130 ns for parsing and comparing
// (issue #14: five names in every person of every pull page and push). Exactly
// `parse(text).ok && parse(text).value === text`: a text the pattern accepts starts and ends
// with a letter and holds no whitespace but the plain space, so tidy could change only a
// double space, and upper-casing a text of A–Z changes nothing (name.test.ts holds the two
// forms to the same answers).

/** Whether `text` is a Cyrillic name exactly as parseCyrillicName writes one. */
export function isCyrillicName(text: string): boolean {
  return text.length <= NAME_MAX_LENGTH && !text.includes('  ') && CYRILLIC_NAME.test(text);
}

/** Whether `text` is a Latin name exactly as parseLatinName writes one. */
export function isLatinName(text: string): boolean {
  return text.length <= NAME_MAX_LENGTH && !text.includes('  ') && LATIN_NAME.test(text);
}

/** "Иванова Мария Петровна": surname, given name and the patronymic when there is one. */
export function fullNameOf(name: {
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic?: string | undefined;
}): string {
  return [name.surname, name.givenName, name.patronymic].filter((part) => part).join(' ');
}

/** The key two spellings of one name share: lower case, ё as е, letters only. */
export function nameMatchKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я]/g, '');
}
