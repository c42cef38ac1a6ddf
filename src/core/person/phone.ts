// Russian phone numbers to the one stored form, "+7" and ten digits, e.g. +79141234567
// (E.164). Accepted as typed: "+7 (914) 123-45-67", "8 914 123 45 67", "7914…", or the
// 10-digit national number "9141234567" / "4152123456". A local 6-digit Petropavlovsk
// number needs its area code (4152), because the desk cannot guess the settlement.
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { MessageTable } from '../bilingual';

export type Phone = string & { readonly __brand: 'Phone' };

export type PhoneReason = 'phone-format';

export const PHONE_MESSAGES: MessageTable<PhoneReason> = {
  'phone-format': {
    ru: 'Телефон: 10 цифр с кодом, например +7 914 123-45-67',
    en: 'Phone: 10 digits with the area code, for example +7 914 123-45-67',
  },
};

export function normalizePhone(input: string): Result<Phone, PhoneReason> {
  const trimmed = input.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return fail('phone-format');
  const digits = trimmed.replace(/\D/g, '');
  let national: string;
  if (
    digits.length === 11 &&
    (digits.startsWith('7') || (digits.startsWith('8') && !trimmed.startsWith('+')))
  ) {
    national = digits.slice(1);
  } else if (digits.length === 10 && !trimmed.startsWith('+')) {
    national = digits;
  } else {
    return fail('phone-format');
  }
  // Russian national numbers begin with 3, 4, 8 or 9 (geographic, toll-free, mobile).
  if (!/^[3489]/.test(national)) return fail('phone-format');
  return ok(`+7${national}` as Phone);
}

/** "+7 914 123-45-67". */
export function formatPhone(phone: Phone): string {
  const n = phone.slice(2);
  return `+7 ${n.slice(0, 3)} ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`;
}
