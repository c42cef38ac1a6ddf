// base64url without padding (RFC 7515 §2), decoded strictly: a JWS part such as
// "eyJhbGciOiJFUzI1NiJ9" must be the one canonical encoding of its bytes. Lenient decoders
// ignore the unused low bits of the last character, so "…Q" and "…R" would decode to the same
// signature and a tampered card would still verify; here they are rejected.
import { fail, ok, type Result } from '../result';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES: ReadonlyMap<string, number> = new Map(
  Array.from({ length: ALPHABET.length }, (_, i) => [ALPHABET.charAt(i), i]),
);

export type Base64UrlError = 'base64url-invalid';

export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    const left = bytes.length - i;
    out += ALPHABET.charAt((n >> 18) & 63) + ALPHABET.charAt((n >> 12) & 63);
    if (left > 1) out += ALPHABET.charAt((n >> 6) & 63);
    if (left > 2) out += ALPHABET.charAt(n & 63);
  }
  return out;
}

export function decodeBase64Url(text: string): Result<Uint8Array<ArrayBuffer>, Base64UrlError> {
  // A length of 1 mod 4 cannot come from any byte string.
  if (text.length % 4 === 1) return fail('base64url-invalid', 'length');
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const c of text) {
    const v = VALUES.get(c);
    if (v === undefined) return fail('base64url-invalid', 'character');
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return fail('base64url-invalid', 'non-canonical');
  return ok(out);
}
