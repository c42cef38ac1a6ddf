// The identity document the citizen shows at the desk. Formats, as printed:
//   Russian internal passport   "30 05 123456"   series 4 digits (region 2 + year 2), number 6
//   foreign passport (загранпаспорт) "75 1234567"  series 2 digits, number 7
//   birth certificate            "IV-МЮ 123456"   Roman numeral, hyphen, 2 Cyrillic letters,
//                                                 number 6 (Приказ Минюста formats since 1970s)
//   other (a foreign citizen's passport, a residence permit…): free text, 1–40 characters.
// A clerk may type the series and number in one field or two; both come here as one string.
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { MessageTable } from '../bilingual';

export const DOCUMENT_TYPES = [
  'ru-passport',
  'foreign-passport',
  'birth-certificate',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export type IdentityDocument = {
  readonly type: DocumentType;
  readonly series?: string;
  readonly number: string;
};

export type DocumentReason =
  | 'document-empty'
  | 'passport-series-not-digits'
  | 'passport-number-not-digits'
  | 'passport-length'
  | 'foreign-passport-format'
  | 'birth-certificate-roman'
  | 'birth-certificate-letters'
  | 'birth-certificate-number'
  | 'document-too-long';

export const DOCUMENT_MESSAGES: MessageTable<DocumentReason> = {
  'document-empty': {
    ru: 'Укажите серию и номер документа',
    en: 'Enter the document series and number',
  },
  'passport-series-not-digits': {
    ru: 'Серия паспорта состоит только из 4 цифр',
    en: 'A passport series has 4 digits only',
  },
  'passport-number-not-digits': {
    ru: 'Номер паспорта состоит только из 6 цифр',
    en: 'A passport number has 6 digits only',
  },
  'passport-length': {
    ru: 'Паспорт: 4 цифры серии и 6 цифр номера, например 30 05 123456',
    en: 'Passport: 4-digit series and 6-digit number, for example 30 05 123456',
  },
  'foreign-passport-format': {
    ru: 'Заграничный паспорт: 2 цифры серии и 7 цифр номера, например 75 1234567',
    en: 'Foreign passport: 2-digit series and 7-digit number, for example 75 1234567',
  },
  'birth-certificate-roman': {
    ru: 'Серия свидетельства о рождении начинается с римского числа (I, V, X, L, C), например IV-МЮ',
    en: 'A birth certificate series starts with a Roman numeral (I, V, X, L, C), for example IV-МЮ',
  },
  'birth-certificate-letters': {
    ru: 'После римского числа в серии — дефис и две русские буквы, например IV-МЮ',
    en: 'After the Roman numeral the series has a hyphen and two Cyrillic letters, for example IV-МЮ',
  },
  'birth-certificate-number': {
    ru: 'Номер свидетельства о рождении состоит из 6 цифр',
    en: 'A birth certificate number has 6 digits',
  },
  'document-too-long': {
    ru: 'Не более 40 символов',
    en: 'At most 40 characters',
  },
};

const ROMAN = /^(?=[MDCLXVI])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;

/** Cyrillic and digit look-alikes a clerk types for Roman numerals on a Russian keyboard. */
const ROMAN_LOOKALIKES: Readonly<Record<string, string>> = {
  Х: 'X',
  С: 'C',
  М: 'M',
  І: 'I',
  '1': 'I',
};

/** Latin letters that look like Cyrillic ones, typed by mistake in the letter part. */
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  E: 'Е',
  K: 'К',
  M: 'М',
  H: 'Н',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  Y: 'У',
  X: 'Х',
};

function mapChars(text: string, table: Readonly<Record<string, string>>): string {
  return Array.from(text, (char) => table[char] ?? char).join('');
}

function parseRuPassport(compact: string): Result<IdentityDocument, DocumentReason> {
  const series = compact.slice(0, 4);
  const number = compact.slice(4);
  if (/\D/.test(series)) return fail('passport-series-not-digits');
  if (compact.length !== 10) return fail('passport-length');
  if (/\D/.test(number)) return fail('passport-number-not-digits');
  return ok({ type: 'ru-passport', series, number });
}

function parseForeignPassport(compact: string): Result<IdentityDocument, DocumentReason> {
  if (!/^\d{9}$/.test(compact)) return fail('foreign-passport-format');
  return ok({ type: 'foreign-passport', series: compact.slice(0, 2), number: compact.slice(2) });
}

function parseBirthCertificate(text: string): Result<IdentityDocument, DocumentReason> {
  const match = /^([^\s-]+)\s*-?\s*([^\s\d-]*)\s*(.*)$/u.exec(text.toUpperCase());
  const [, romanPart = '', lettersPart = '', numberPart = ''] = match ?? [];
  const roman = mapChars(romanPart, ROMAN_LOOKALIKES);
  if (!ROMAN.test(roman)) return fail('birth-certificate-roman');
  const letters = mapChars(lettersPart, CYRILLIC_LOOKALIKES);
  if (!/^[А-ЯЁ]{2}$/u.test(letters)) return fail('birth-certificate-letters');
  const number = numberPart.replace(/[\s№]/g, '');
  if (!/^\d{6}$/.test(number)) return fail('birth-certificate-number');
  return ok({ type: 'birth-certificate', series: `${roman}-${letters}`, number });
}

/** Parses what the clerk typed for a document of the chosen type into its stored form. */
export function parseDocument(
  type: DocumentType,
  text: string,
): Result<IdentityDocument, DocumentReason> {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return fail('document-empty');
  const compact = trimmed.replace(/[\s\-№]/g, '');
  switch (type) {
    case 'ru-passport':
      return parseRuPassport(compact);
    case 'foreign-passport':
      return parseForeignPassport(compact);
    case 'birth-certificate':
      return parseBirthCertificate(trimmed.replace(/№/g, ''));
    case 'other':
      return trimmed.length > 40
        ? fail('document-too-long')
        : ok({ type: 'other', number: trimmed });
  }
}

/** The printed form: "30 05 123456", "75 1234567", "IV-МЮ 123456", or the text as typed. */
export function formatDocument(document: IdentityDocument): string {
  const { series, number } = document;
  if (document.type === 'ru-passport' && series !== undefined) {
    return `${series.slice(0, 2)} ${series.slice(2)} ${number}`;
  }
  return series === undefined ? number : `${series} ${number}`;
}

/**
 * One string per document for search indexes and duplicate checks: the type, a colon, then
 * series and number with no separators, upper-cased — "ru-passport:3005123456".
 */
export function documentKey(document: IdentityDocument): string {
  const text = `${document.series ?? ''}${document.number}`.toUpperCase().replace(/[\s\-№]/g, '');
  return `${document.type}:${text}`;
}
