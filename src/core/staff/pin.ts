// A member of staff's PIN for unlocking a shared tablet offline. The tablet keeps only a
// salted slow hash whose parameters travel with it, so the cost can be raised later without
// breaking PINs already set:
//
//   pbkdf2-sha256$300000$q83vEjRWeJA8xPk1bUbNjQ$9sIgGuBhV1hcKqk0mZl2Hf0Ee3wQO5dZkT8mS1cYx2E
//   (scheme)      (iterations) (16-byte salt, base64url) (32-byte derived key, base64url)
//
// A PIN is 4–8 digits and not one a passer-by guesses first: not a single repeated digit
// (0000) and not a run along the keypad (1234, 4321, 7890). The hash is slow because a PIN
// has few possibilities; the tablet's lock-out after wrong tries (src/storage/staffPins.ts)
// is what stops guessing at the screen, the hash is what slows guessing from a copied disk.
import type { MessageTable } from '../bilingual';
import type { RandomBytes } from '../ids';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { decodeBase64Url, encodeBase64Url } from '../shc/base64url';

export type Pin = string & { readonly __brand: 'Pin' };

export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 8;

/**
 * 300,000 rounds of PBKDF2-SHA-256: about 0.35 s in Node 20 on one shared 2.5 GHz Xeon core
 * (WebCrypto, 2026-11-27), so roughly a second at worst on a cheap ARM tablet's Chromium.
 */
export const PIN_ITERATIONS = 300_000;
const SCHEME = 'pbkdf2-sha256';
const SALT_BYTES = 16;
const KEY_BITS = 256;

export type PinReason =
  | 'pin-empty'
  | 'pin-not-digits'
  | 'pin-too-short'
  | 'pin-too-long'
  | 'pin-one-digit'
  | 'pin-simple-run';

export const PIN_MESSAGES: MessageTable<PinReason> = {
  'pin-empty': { ru: 'Введите PIN-код', en: 'Enter a PIN' },
  'pin-not-digits': {
    ru: 'PIN-код состоит только из цифр',
    en: 'A PIN is made of digits only',
  },
  'pin-too-short': {
    ru: `PIN-код — не меньше ${PIN_MIN_LENGTH} цифр`,
    en: `A PIN has at least ${PIN_MIN_LENGTH} digits`,
  },
  'pin-too-long': {
    ru: `PIN-код — не больше ${PIN_MAX_LENGTH} цифр`,
    en: `A PIN has at most ${PIN_MAX_LENGTH} digits`,
  },
  'pin-one-digit': {
    ru: 'PIN-код из одной повторённой цифры слишком легко угадать',
    en: 'A PIN of one repeated digit is too easy to guess',
  },
  'pin-simple-run': {
    ru: 'PIN-код из цифр подряд (например, 1234 или 4321) слишком легко угадать',
    en: 'A PIN of digits in a row (such as 1234 or 4321) is too easy to guess',
  },
};

// Runs up or down the digits, with 0 on either side as on a keypad: 0123, 7890, 3210, 0987.
const ASCENDING = '01234567890';
const DESCENDING = '09876543210';

function isRun(digits: string): boolean {
  return ASCENDING.includes(digits) || DESCENDING.includes(digits);
}

/** Checks a PIN a member of staff chose; the rules apply when a PIN is set, not at unlock. */
export function checkPin(input: string): Result<Pin, PinReason> {
  if (input === '') return fail('pin-empty');
  if (!/^\d+$/.test(input)) return fail('pin-not-digits');
  if (input.length < PIN_MIN_LENGTH) return fail('pin-too-short');
  if (input.length > PIN_MAX_LENGTH) return fail('pin-too-long');
  if (/^(\d)\1*$/.test(input)) return fail('pin-one-digit');
  if (isRun(input)) return fail('pin-simple-run');
  return ok(input as Pin);
}

export type PinCrypto = {
  readonly subtle: SubtleCrypto;
  readonly random: RandomBytes;
};

async function derive(
  subtle: SubtleCrypto,
  pin: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const material = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    KEY_BITS,
  );
  return new Uint8Array(bits);
}

export async function hashPin(
  pin: Pin,
  crypto: PinCrypto,
  iterations: number = PIN_ITERATIONS,
): Promise<string> {
  if (!Number.isSafeInteger(iterations) || iterations < 1) {
    throw new Error('hashPin needs a positive whole number of iterations');
  }
  const salt = new Uint8Array(crypto.random(SALT_BYTES));
  if (salt.length !== SALT_BYTES) throw new Error(`hashPin needs ${SALT_BYTES} random bytes`);
  const key = await derive(crypto.subtle, pin, salt, iterations);
  return `${SCHEME}$${iterations}$${encodeBase64Url(salt)}$${encodeBase64Url(key)}`;
}

const STORED_PATTERN = /^pbkdf2-sha256\$[1-9]\d{0,8}\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/;

/** True for a string in the stored form above (a storage schema checks rows with it). */
export function isPinHash(stored: string): boolean {
  return STORED_PATTERN.test(stored);
}

/** Compares every byte whatever the first difference, so timing tells nothing of the hash. */
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** False for a wrong PIN and for a stored hash in a form this code does not know. */
export async function verifyPin(
  attempt: string,
  stored: string,
  subtle: SubtleCrypto,
): Promise<boolean> {
  if (!isPinHash(stored)) return false;
  const [, iterations, saltText, keyText] = stored.split('$');
  const salt = decodeBase64Url(saltText ?? '');
  const expected = decodeBase64Url(keyText ?? '');
  if (!salt.ok || !expected.ok) return false;
  const actual = await derive(subtle, attempt, salt.value, Number(iterations));
  return equalBytes(actual, expected.value);
}
