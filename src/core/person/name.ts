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

function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/’/g, "'");
}

/** A Cyrillic name: trimmed, inner spaces collapsed, typographic apostrophe made plain. */
export function parseCyrillicName(input: string): Result<string, NameReason> {
  const name = tidy(input);
  if (name === '') return fail('name-empty');
  if (name.length > NAME_MAX_LENGTH) return fail('name-too-long');
  if (!/^[А-ЯЁа-яё](?:[А-ЯЁа-яё'\- ]*[А-ЯЁа-яё])?$/u.test(name)) return fail('name-not-cyrillic');
  return ok(name);
}

/** A Latin name, upper-cased as in the passport. */
export function parseLatinName(input: string): Result<string, LatinNameReason> {
  const name = tidy(input).toUpperCase();
  if (name === '') return fail('latin-name-empty');
  if (name.length > NAME_MAX_LENGTH) return fail('name-too-long');
  if (!/^[A-Z](?:[A-Z\- ]*[A-Z])?$/.test(name)) return fail('latin-name-not-latin');
  return ok(name);
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
