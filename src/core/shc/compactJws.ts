// Compact JWS as SMART Health Cards use it: header.payload.signature, each base64url without
// padding. Header example (member order is ours; verifiers must not depend on it):
//   {"alg":"ES256","zip":"DEF","kid":"3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s"}
// The payload part is the raw-DEFLATE of the minified JSON payload; the signature is ES256
// as JWS defines it: r‖s, 64 bytes, not DER.
import { encodeBase64Url } from './base64url';
import type { Kid } from './jwk';
import type { Signer } from './signingKey';

export type ShcJwsHeader = { readonly alg: 'ES256'; readonly zip: 'DEF'; readonly kid: Kid };

export const ES256_SIGNATURE_BYTES = 64;

export async function signCompactJws(
  header: ShcJwsHeader,
  deflatedPayload: Uint8Array,
  sign: Signer,
): Promise<string> {
  const headerJson = JSON.stringify({ alg: header.alg, zip: header.zip, kid: header.kid });
  const signingInput = `${encodeBase64Url(new TextEncoder().encode(headerJson))}.${encodeBase64Url(deflatedPayload)}`;
  const signature = await sign(new TextEncoder().encode(signingInput));
  if (signature.length !== ES256_SIGNATURE_BYTES) {
    throw new Error(`an ES256 signer must return raw r‖s (64 bytes), got ${signature.length}`);
  }
  return `${signingInput}.${encodeBase64Url(signature)}`;
}
