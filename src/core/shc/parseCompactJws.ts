// JWS structure and header checks (see compactJws.ts for the wire form). Nothing here is
// trusted yet: the header only tells us which key to try, and it must say exactly
// alg ES256 and zip DEF, and name a kid.
import { fail, ok, type Result } from '../result';
import { decodeBase64Url } from './base64url';
import type { Kid } from './jwk';
import type { FailureReason } from './verdict';

/** A QR holds at most 1195 characters; files may carry larger cards, but not unboundedly. */
export const MAX_JWS_LENGTH = 65_536;

export type ParsedJws = {
  readonly kid: Kid;
  readonly signingInput: Uint8Array<ArrayBuffer>;
  readonly deflatedPayload: Uint8Array;
  readonly signature: Uint8Array<ArrayBuffer>;
};

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function parseCompactJws(jws: string): Result<ParsedJws, FailureReason> {
  if (jws.length > MAX_JWS_LENGTH) return fail('jws-too-long', `${jws.length}`);
  const parts = jws.split('.');
  const [headerPart, payloadPart, signaturePart] = parts;
  if (
    parts.length !== 3 ||
    headerPart === undefined ||
    payloadPart === undefined ||
    signaturePart === undefined ||
    parts.some((p) => p.length === 0)
  ) {
    return fail('jws-structure', `${parts.length} parts`);
  }
  const headerBytes = decodeBase64Url(headerPart);
  const payloadBytes = decodeBase64Url(payloadPart);
  const signature = decodeBase64Url(signaturePart);
  if (!headerBytes.ok || !payloadBytes.ok || !signature.ok) return fail('jws-base64url');

  let header: unknown;
  try {
    header = JSON.parse(utf8.decode(headerBytes.value));
  } catch (error) {
    return fail('header-json', error instanceof Error ? error.message : 'not JSON');
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) {
    return fail('header-json', 'not an object');
  }
  const { alg, zip, kid } = header as Record<string, unknown>;
  if (alg !== 'ES256') return fail('header-alg', String(alg));
  if (zip !== 'DEF') return fail('header-zip', String(zip));
  if (typeof kid !== 'string' || kid.length === 0) return fail('header-kid-missing');
  return ok({
    kid: kid as Kid,
    signingInput: new TextEncoder().encode(`${headerPart}.${payloadPart}`),
    deflatedPayload: payloadBytes.value,
    signature: signature.value,
  });
}
