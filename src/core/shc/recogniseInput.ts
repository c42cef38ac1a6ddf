// First step of verification: what was scanned, pasted or read from a file?
//   shc:/5676290952432060346029243740…            → numeric QR (maybe one chunk of several)
//   eyJ6aXAiOiJERUYi….3ZJNj9MwEIb_….8kD2x…        → a compact JWS
//   {"verifiableCredential":["eyJ…"]}             → a .smart-health-card file
//   HC1:6BFOXN…, https://www.gosuslugi.ru/…, shlink:/… → other systems, named as such
// Exactly one trailing line break ("\n" or "\r\n", as text files and some scanners add) is
// removed; any other surrounding whitespace is kept, so it fails the later steps loudly.
import { fail, ok, type Result } from '../result';
import { parseHealthCardFile } from './healthCardFile';
import { decodeNumeric, SHC_PREFIX, type NumericQr } from './numeric';
import type { FailureReason } from './verdict';

export type RecognisedInput =
  | { readonly form: 'numeric'; readonly qr: NumericQr }
  | { readonly form: 'jws'; readonly jws: string }
  | { readonly form: 'file'; readonly jws: readonly string[] };

const GOSUSLUGI = /^(https?:\/\/)?([a-z0-9-]+\.)*gosuslugi\.ru([/:?#]|$)/i;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
const JWS_LIKE = /^ey[A-Za-z0-9_-]*\./;

export function stripOneLineBreak(text: string): string {
  if (text.endsWith('\r\n')) return text.slice(0, -2);
  if (text.endsWith('\n')) return text.slice(0, -1);
  return text;
}

export function recogniseInput(input: string): Result<RecognisedInput, FailureReason> {
  const text = stripOneLineBreak(input);
  if (text.trim().length === 0) return fail('empty-input');
  if (text.startsWith(SHC_PREFIX)) {
    const qr = decodeNumeric(text);
    return qr.ok ? ok({ form: 'numeric', qr: qr.value }) : fail(qr.reason, qr.detail);
  }
  if (/^HC1:/i.test(text)) return fail('eu-dcc');
  if (GOSUSLUGI.test(text)) return fail('gosuslugi-link');
  if (/^shlink:\//i.test(text) || /#shlink:\//i.test(text)) return fail('smart-health-link');
  if (URL_LIKE.test(text)) return fail('other-url');
  if (text.trimStart().startsWith('{')) {
    const file = parseHealthCardFile(text);
    return file.ok ? ok({ form: 'file', jws: file.value }) : fail('file-invalid', file.detail);
  }
  if (JWS_LIKE.test(text)) return ok({ form: 'jws', jws: text });
  return fail('unrecognised-text');
}
