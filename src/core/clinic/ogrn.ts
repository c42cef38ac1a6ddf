// ОГРН, the primary state registration number of an organisation in the ЕГРЮЛ, and ОГРНИП,
// an individual entrepreneur's in the ЕГРИП (a private doctor may hold a medical licence).
//
//   ОГРН    1027700132195     13 digits: С ГГ КК ХХХХХХХ Ч
//   ОГРНИП  304500116000157   15 digits: С ГГ КК ХХХХХХХХХ Ч
//
// С, the first digit, says what kind of entry the number registers: 1 or 5 is an ОГРН, 3 an
// ОГРНИП. Other first digits (2, 4, 6–9) are the numbers of later entries (changes), which an
// extract from the register prints next to the ОГРН and an admin may copy by mistake; their
// check digit is formed the same way, so only С tells them apart.
// Ч, the check digit, is the lowest digit of the remainder of the preceding number divided by
// 11 (ОГРН) or by 13 (ОГРНИП): (first 12 mod 11) mod 10, (first 14 mod 13) mod 10.
// Sources are listed in docs/DECISIONS.md, "Clinic requisites (issue #11)".
import type { MessageTable } from '../bilingual';
import type { Result } from '../result';
import { fail, ok } from '../result';

export type Ogrn = string & { readonly __brand: 'Ogrn' };

/** Which register the number is from: an organisation's ОГРН or an entrepreneur's ОГРНИП. */
export type OgrnKind = 'organisation' | 'entrepreneur';

export type OgrnReason = 'ogrn-format' | 'ogrn-kind' | 'ogrn-checksum';

export const OGRN_MESSAGES: MessageTable<OgrnReason> = {
  'ogrn-format': {
    ru: 'ОГРН: 13 цифр (ОГРНИП индивидуального предпринимателя — 15 цифр)',
    en: "OGRN: 13 digits (an individual entrepreneur's OGRNIP has 15)",
  },
  'ogrn-kind': {
    ru: 'ОГРН: первая цифра 1 или 5, у ОГРНИП — 3; номер с другой первой цифрой — это ГРН записи об изменениях, а не ОГРН',
    en: 'OGRN: the first digit is 1 or 5, or 3 for an OGRNIP; a number starting otherwise is the number of a later register entry, not the OGRN',
  },
  'ogrn-checksum': {
    ru: 'ОГРН: контрольная цифра не сходится',
    en: 'OGRN: the check digit does not match',
  },
};

/** The remainder of a decimal number written as digits, without leaving exact integers. */
function remainder(digits: string, divisor: number): number {
  let rest = 0;
  for (const digit of digits) rest = (rest * 10 + Number(digit)) % divisor;
  return rest;
}

/** The check digit of the first 12 (ОГРН) or 14 (ОГРНИП) digits. */
export function ogrnCheckDigit(body: string): number {
  if (/^\d{12}$/.test(body)) return remainder(body, 11) % 10;
  if (/^\d{14}$/.test(body)) return remainder(body, 13) % 10;
  throw new Error('ogrnCheckDigit needs exactly 12 or 14 digits');
}

export function ogrnKindOf(ogrn: Ogrn): OgrnKind {
  return ogrn.length === 15 ? 'entrepreneur' : 'organisation';
}

/** Accepts the bare digits, spaces ignored, and returns them. */
export function parseOgrn(input: string): Result<Ogrn, OgrnReason> {
  const digits = input.replace(/\s/g, '');
  if (!/^(\d{13}|\d{15})$/.test(digits)) return fail('ogrn-format');
  const first = digits[0];
  const kindOk = digits.length === 13 ? first === '1' || first === '5' : first === '3';
  if (!kindOk) return fail('ogrn-kind');
  if (ogrnCheckDigit(digits.slice(0, -1)) !== Number(digits.slice(-1))) {
    return fail('ogrn-checksum');
  }
  return ok(digits as Ogrn);
}
