// The single-format OMS policy number (единый номер полиса, ЕНП): 16 digits, the last a
// check digit. FFOMS's algorithm for it (Приказ ФФОМС от 07.04.2011 № 79, appendix on the
// ЕНП): of the first 15 digits, those in odd places counting from the right are written in
// order as one number and multiplied by 2; those in even places are written in front of the
// product; all digits of that record are summed; the check digit is what the sum lacks to
// reach the next multiple of 10 (0 when it is one already).
//
// Doubling the odd-place digits as one number carries exactly where Luhn would subtract 9
// (a digit ≥ 5 doubles past 9), so this is the Luhn "mod 10" check; the code follows the
// order's wording and the tests compare it with Luhn.
//
// Older policies (temporary 9-digit certificates, pre-2011 series + number) are not accepted
// here: the desk records only the single-format number, as the issue asks.
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { MessageTable } from '../bilingual';

export type OmsNumber = string & { readonly __brand: 'OmsNumber' };

export type OmsReason = 'oms-format' | 'oms-checksum';

export const OMS_MESSAGES: MessageTable<OmsReason> = {
  'oms-format': {
    ru: 'Номер полиса ОМС должен состоять из 16 цифр',
    en: 'The OMS policy number must have 16 digits',
  },
  'oms-checksum': {
    ru: 'Неверная контрольная цифра номера полиса ОМС',
    en: 'The OMS policy number check digit is wrong',
  },
};

/**
 * The check digit FFOMS's algorithm gives for the first 15 digits. Its rule as written: the
 * digits in odd places from the right, read as a number and doubled, written after the digits
 * in even places; the check digit tops the sum of that string's digits up to a multiple of
 * ten. Summing the doubled digits one by one is the same sum (the doubling's carries move
 * whole tens), so no big number is built: it is Luhn (oms.test.ts compares the two), and it
 * runs for every person the register or a tablet checks (issue #14).
 */
export function omsCheckDigit(fifteenDigits: string): number {
  if (!/^\d{15}$/.test(fifteenDigits)) throw new Error('omsCheckDigit needs exactly 15 digits');
  let sum = 0;
  for (let fromRight = 1; fromRight <= 15; fromRight += 1) {
    const digit = fifteenDigits.charCodeAt(15 - fromRight) - 48;
    if (fromRight % 2 === 0) sum += digit;
    else sum += digit < 5 ? digit * 2 : digit * 2 - 9;
  }
  return (10 - (sum % 10)) % 10;
}

/** Accepts the number with spaces or hyphens between groups; returns the 16 bare digits. */
export function parseOms(input: string): Result<OmsNumber, OmsReason> {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d{16}$/.test(digits)) return fail('oms-format');
  if (omsCheckDigit(digits.slice(0, 15)) !== Number(digits.charAt(15))) {
    return fail('oms-checksum');
  }
  return ok(digits as OmsNumber);
}

export function isValidOms(input: string): boolean {
  return parseOms(input).ok;
}

/** Groups of four, as printed on the plastic policy. */
export function formatOms(oms: OmsNumber): string {
  return oms.replace(/(\d{4})(?=\d)/g, '$1 ');
}
