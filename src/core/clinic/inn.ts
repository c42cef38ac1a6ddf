// ИНН, the taxpayer number, and КПП, the code of the reason an organisation is registered
// with a tax office, as a clinic prints them in its requisites ("ИНН/КПП 7707083893/773601001").
//
//   ИНН of an organisation   7707083893     10 digits, the last a check digit
//   ИНН of a person or an individual entrepreneur   500100732259   12 digits, two check digits
//   КПП                      773601001      NNNN PP RRR: the tax office's 4 digits, the reason
//                                           as 2 digits or capital Latin letters A–Z, and a
//                                           3-digit serial number
//
// Each check digit is a weighted sum of the digits before it, mod 11, mod 10:
//   10 digits: n10 from weights 2 4 10 3 5 9 4 6 8
//   12 digits: n11 from weights 7 2 4 10 3 5 9 4 6 8, then n12 from 3 7 2 4 10 3 5 9 4 6 8
//              (the second sum includes n11).
// Sources are listed in docs/DECISIONS.md, "Clinic requisites (issue #11)".
import type { MessageTable } from '../bilingual';
import type { Result } from '../result';
import { fail, ok } from '../result';

export type Inn = string & { readonly __brand: 'Inn' };
export type Kpp = string & { readonly __brand: 'Kpp' };

export type InnReason = 'inn-format' | 'inn-checksum';
export type KppReason = 'kpp-format';

export const INN_MESSAGES: MessageTable<InnReason | KppReason> = {
  'inn-format': {
    ru: 'ИНН: 10 цифр у организации, 12 — у индивидуального предпринимателя',
    en: 'INN: 10 digits for an organisation, 12 for an individual entrepreneur',
  },
  'inn-checksum': {
    ru: 'ИНН: контрольная цифра не сходится',
    en: 'INN: the check digit does not match',
  },
  'kpp-format': {
    ru: 'КПП: 9 знаков — 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры (например 410101001)',
    en: 'KPP: 9 characters — 4 digits, 2 digits or capital Latin letters, 3 digits (e.g. 410101001)',
  },
};

const WEIGHTS_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

function checkDigit(digits: string, weights: readonly number[]): number {
  if (digits.length !== weights.length || !/^\d+$/.test(digits)) {
    throw new Error(`innCheckDigit needs exactly ${String(weights.length)} digits`);
  }
  let sum = 0;
  weights.forEach((weight, i) => {
    sum += weight * Number(digits[i]);
  });
  return (sum % 11) % 10;
}

/** The check digits the rule gives: one for 9 digits (an organisation), two for 10. */
export function innCheckDigits(body: string): string {
  if (body.length === 9) return String(checkDigit(body, WEIGHTS_10));
  const n11 = String(checkDigit(body, WEIGHTS_11));
  return n11 + String(checkDigit(body + n11, WEIGHTS_12));
}

/** Accepts the bare digits, spaces ignored, and returns them. */
export function parseInn(input: string): Result<Inn, InnReason> {
  const digits = input.replace(/\s/g, '');
  if (!/^(\d{10}|\d{12})$/.test(digits)) return fail('inn-format');
  const checks = digits.length === 10 ? 1 : 2;
  if (innCheckDigits(digits.slice(0, -checks)) !== digits.slice(-checks)) {
    return fail('inn-checksum');
  }
  return ok(digits as Inn);
}

/** Spaces ignored and Latin letters upper-cased; a Cyrillic look-alike is refused, not guessed. */
export function parseKpp(input: string): Result<Kpp, KppReason> {
  const code = input.replace(/\s/g, '').replace(/[a-z]/g, (letter) => letter.toUpperCase());
  if (!/^\d{4}[\dA-Z]{2}\d{3}$/.test(code)) return fail('kpp-format');
  return ok(code as Kpp);
}
