// The `shc:/` numeric form of a JWS (SMART Health Cards, "Encoding QRs"): each character
// becomes two digits, its code minus 45, so "eyJ" → "567629".
//   single chunk:               shc:/567629095243206034602924374044…
//   chunk 2 of 3 (deprecated):  shc:/2/3/567629095243206034602924374044…
// Decoding is strict: lowercase prefix, an even number of digits, each pair ≤ 77 (code 122,
// "z"), nothing else. Callers strip at most one trailing line break before calling (see
// recogniseInput), so a trailing space or a second line is malformed rather than ignored.
import { fail, ok, type Result } from '../result';

export const SHC_PREFIX = 'shc:/';
const OFFSET = 45;
const MAX_PAIR = 77;

export type NumericError =
  | 'numeric-empty'
  | 'numeric-bad-character'
  | 'numeric-odd-length'
  | 'numeric-pair-out-of-range'
  | 'chunk-header-invalid';

/** A decoded QR: the JWS text (or one part of it) and, for the deprecated form, its position. */
export type NumericQr = {
  readonly text: string;
  readonly chunk?: { readonly index: number; readonly total: number };
};

export function encodeNumeric(jws: string): string {
  return SHC_PREFIX + jwsToDigits(jws);
}

export function jwsToDigits(jws: string): string {
  let digits = '';
  for (let i = 0; i < jws.length; i++) {
    const code = jws.charCodeAt(i) - OFFSET;
    if (code < 0 || code > MAX_PAIR) {
      throw new RangeError(`character ${jws.charAt(i)} cannot appear in a compact JWS`);
    }
    digits += code < 10 ? `0${code}` : String(code);
  }
  return digits;
}

const CHUNK_HEADER = /^([1-9][0-9]{0,2})\/([1-9][0-9]{0,2})\//;

export function decodeNumeric(qr: string): Result<NumericQr, NumericError> {
  if (!qr.startsWith(SHC_PREFIX)) return fail('numeric-bad-character', 'prefix');
  let rest = qr.slice(SHC_PREFIX.length);
  let chunk: NumericQr['chunk'];
  if (rest.includes('/')) {
    const header = CHUNK_HEADER.exec(rest);
    if (header === null) return fail('chunk-header-invalid');
    const index = Number(header[1]);
    const total = Number(header[2]);
    if (total < 2 || index > total) return fail('chunk-header-invalid', `${index}/${total}`);
    chunk = { index, total };
    rest = rest.slice(header[0].length);
  }
  if (rest.length === 0) return fail('numeric-empty');
  if (!/^[0-9]+$/.test(rest)) return fail('numeric-bad-character');
  if (rest.length % 2 !== 0) return fail('numeric-odd-length');
  let text = '';
  for (let i = 0; i < rest.length; i += 2) {
    const pair = Number(rest.slice(i, i + 2));
    if (pair > MAX_PAIR) return fail('numeric-pair-out-of-range', `at ${i}`);
    text += String.fromCharCode(pair + OFFSET);
  }
  return ok(chunk === undefined ? { text } : { text, chunk });
}
