// SNILS, the individual insurance account number of the Social Fund (formerly the Pension
// Fund, ПФР): 9 digits and a 2-digit check number, written "112-233-445 95".
//
// The check number, as the Fund's rule for forming it states: multiply the nine digits by
// the weights 9, 8, …, 1 (the weight is the digit's position counted from the right) and sum;
// a sum under 100 is the check number; 100 and 101 give 00; a sum over 101 is taken modulo
// 101 and the remainder treated by the same two rules (so a remainder of 100 gives 00).
// The rule also says the check is made only for numbers greater than 001-001-998: the
// earliest numbers were assigned before the check number existed, so for 001-001-998 and
// below any two check digits are accepted.
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { MessageTable } from '../bilingual';

export type Snils = string & { readonly __brand: 'Snils' };

export type SnilsReason = 'snils-format' | 'snils-checksum';

export const SNILS_MESSAGES: MessageTable<SnilsReason> = {
  'snils-format': {
    ru: 'СНИЛС должен состоять из 11 цифр, например 112-233-445 95',
    en: 'SNILS must have 11 digits, for example 112-233-445 95',
  },
  'snils-checksum': {
    ru: 'Неверная контрольная сумма СНИЛС',
    en: 'SNILS checksum is wrong',
  },
};

/** Numbers up to and including this one are not checksum-verified (the Fund's rule). */
export const SNILS_LAST_UNVERIFIED = 1_001_998;

/** The check number (0–99) the rule gives for the first nine digits. */
export function snilsCheckNumber(nineDigits: string): number {
  if (!/^\d{9}$/.test(nineDigits)) throw new Error('snilsCheckNumber needs exactly 9 digits');
  let sum = 0;
  for (let i = 0; i < 9; i += 1) {
    sum += Number(nineDigits[i]) * (9 - i);
  }
  const reduced = sum > 101 ? sum % 101 : sum;
  return reduced === 100 || reduced === 101 ? 0 : reduced;
}

export function isSnilsChecksumVerified(nineDigits: string): boolean {
  return Number(nineDigits) > SNILS_LAST_UNVERIFIED;
}

/**
 * Accepts the printed form "112-233-445 95" or bare "11223344595" (spaces and hyphens
 * anywhere are ignored) and returns the 11 bare digits.
 */
export function parseSnils(input: string): Result<Snils, SnilsReason> {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d{11}$/.test(digits)) return fail('snils-format');
  const body = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  if (isSnilsChecksumVerified(body) && snilsCheckNumber(body) !== check) {
    return fail('snils-checksum');
  }
  return ok(digits as Snils);
}

export function isValidSnils(input: string): boolean {
  return parseSnils(input).ok;
}

/** The printed form, "112-233-445 95". */
export function formatSnils(snils: Snils): string {
  return `${snils.slice(0, 3)}-${snils.slice(3, 6)}-${snils.slice(6, 9)} ${snils.slice(9)}`;
}
