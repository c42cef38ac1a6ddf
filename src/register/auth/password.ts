import { scrypt, timingSafeEqual } from 'node:crypto';

// Staff passwords are kept as salted scrypt hashes whose parameters travel with them, so the
// cost can be raised later without breaking old hashes. Stored form:
//
//   scrypt$32768$8$1$q83vEjRWeJA…(salt, base64url)$9sIgGuBh…(32-byte key, base64url)

export type ScryptParams = { readonly N: number; readonly r: number; readonly p: number };

/** About 50–100 ms per hash on a small server: slow for guessing, fine for signing in. */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function deriveKey(password: string, salt: Uint8Array, params: ScryptParams): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node's default 32 MiB cap is exactly N=2^15, r=8, so give room.
  const maxmem = 256 * params.N * params.r;
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LENGTH, { ...params, maxmem }, (error, key) => {
      if (error === null) resolve(key);
      else reject(error);
    });
  });
}

export async function hashPassword(
  password: string,
  random: (bytes: number) => Uint8Array,
  params: ScryptParams = DEFAULT_SCRYPT_PARAMS,
): Promise<string> {
  const salt = random(SALT_LENGTH);
  const key = await deriveKey(password, salt, params);
  const saltText = Buffer.from(salt).toString('base64url');
  return `scrypt$${params.N}$${params.r}$${params.p}$${saltText}$${key.toString('base64url')}`;
}

/**
 * A well-formed hash of a password nobody knows, checked when a sign-in names a login that
 * does not exist, so that it costs the same scrypt as a real one and answers after the same
 * time: built from DEFAULT_SCRYPT_PARAMS, it follows any change of the cost.
 */
export const DECOY_HASH = [
  'scrypt',
  DEFAULT_SCRYPT_PARAMS.N,
  DEFAULT_SCRYPT_PARAMS.r,
  DEFAULT_SCRYPT_PARAMS.p,
  Buffer.alloc(SALT_LENGTH).toString('base64url'),
  Buffer.alloc(KEY_LENGTH).toString('base64url'),
].join('$');

/** False for a wrong password and for a stored hash in a format this code does not know. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltText, keyText] = parts;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (!Object.values(params).every((value) => Number.isSafeInteger(value) && value > 0)) {
    return false;
  }
  const expected = Buffer.from(keyText ?? '', 'base64url');
  if (expected.length !== KEY_LENGTH) return false;
  const actual = await deriveKey(password, Buffer.from(saltText ?? '', 'base64url'), params);
  return timingSafeEqual(actual, expected);
}
