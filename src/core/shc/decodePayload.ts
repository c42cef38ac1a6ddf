// From the JWS payload bytes to a checked payload object: raw DEFLATE (bounded), UTF-8 with
// no BOM, one JSON object and nothing after it, then the SHC payload schema. Each step has its
// own reason because the spec's validator lists cards that are signed correctly yet break
// exactly one of these rules, and a verifier must refuse them.
import { Inflate } from 'fflate';
import { fail, ok, type Result } from '../result';
import { cardPayloadSchema, type CardPayload } from './payload';
import type { FailureReason } from './verdict';

/** The spec's largest example inflates to 30 KB; a QR card to about 3 KB. */
export const MAX_INFLATED_BYTES = 64 * 1024;
const PUSH_BYTES = 256;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

type Inflated = Result<Uint8Array, 'payload-inflate-failed' | 'payload-too-large'>;

/** Inflates in small pushes so a deflate bomb stops at the bound instead of filling memory. */
export function inflateBounded(deflated: Uint8Array, limit = MAX_INFLATED_BYTES): Inflated {
  const chunks: Uint8Array[] = [];
  // Written by the callback, so an object: the compiler cannot follow closure writes to a let.
  const stream = { total: 0, finished: false };
  const inflate = new Inflate((chunk, final) => {
    stream.total += chunk.length;
    if (stream.total <= limit) chunks.push(chunk);
    if (final) stream.finished = true;
  });
  try {
    for (let at = 0; at < deflated.length && stream.total <= limit; at += PUSH_BYTES) {
      const end = Math.min(deflated.length, at + PUSH_BYTES);
      inflate.push(deflated.subarray(at, end), end === deflated.length);
    }
  } catch (error) {
    return fail('payload-inflate-failed', error instanceof Error ? error.message : 'inflate');
  }
  if (stream.total > limit) return fail('payload-too-large', `> ${limit} bytes`);
  if (!stream.finished) return fail('payload-inflate-failed', 'stream did not end');
  const out = new Uint8Array(stream.total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return ok(out);
}

/** Index just past the top-level JSON object that starts at 0, or -1 if it never closes. */
export function endOfJsonObject(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function looksLikePlainJson(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x7b) return false;
  try {
    JSON.parse(utf8.decode(bytes));
    return true;
  } catch {
    // Not UTF-8 JSON: let the inflate step judge it as the deflate stream it claims to be.
    return false;
  }
}

export function decodePayload(deflated: Uint8Array): Result<CardPayload, FailureReason> {
  // Checked before inflating: JSON text is not a valid deflate stream, but the specific
  // reason ("not compressed") is what the issuer needs to hear.
  if (looksLikePlainJson(deflated)) return fail('payload-not-deflated');
  const inflated = inflateBounded(deflated);
  if (!inflated.ok) return inflated;
  const bytes = inflated.value;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return fail('payload-bom');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (error) {
    return fail('payload-utf8', error instanceof Error ? error.message : 'utf-8');
  }
  if (!text.startsWith('{')) return fail('payload-json', 'does not start with {');
  const end = endOfJsonObject(text);
  if (end > 0 && end < text.length)
    return fail('payload-trailing-characters', `${text.length - end}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('payload-json', error instanceof Error ? error.message : 'JSON');
  }
  const parsed = cardPayloadSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('payload-schema', issue ? `${issue.path.join('.')}: ${issue.message}` : undefined);
  }
  return ok(parsed.data);
}
