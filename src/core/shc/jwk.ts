// Public keys of an issuer as published in its JWKS (/.well-known/jwks.json), e.g.
//   {"keys":[{"kty":"EC","kid":"3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s","use":"sig",
//     "alg":"ES256","crv":"P-256","x":"11XvRWy1…","y":"eZXwxvO1…","crlVersion":1}]}
// A JWKS may hold keys we cannot use (x5c chains, other curves); they are kept loosely and a
// key is checked strictly only when a card names its kid.
import { z } from 'zod/mini';
import { fail, ok, type Result } from '../result';
import { decodeBase64Url, encodeBase64Url } from './base64url';

/** RFC 7638 thumbprint of an EC P-256 key, base64url: the `kid` of our cards. */
export type Kid = string & { readonly __brand: 'Kid' };

export type EcPublicJwk = {
  readonly kty: 'EC';
  readonly crv: 'P-256';
  readonly x: string;
  readonly y: string;
  readonly kid: Kid;
  readonly use: 'sig';
  readonly alg: 'ES256';
  /** Counter of the key's revocation list (SHC §Revocation); absent when none is published. */
  readonly crlVersion?: number;
  /**
   * SeroDesk's register marks a withdrawn tablet's key with the moment of withdrawal
   * (seconds). Not part of the SHC spec (other verifiers ignore it): cards the key signed
   * before stay valid, cards with a later `nbf` are refused.
   */
  readonly withdrawnAt?: number;
};

const looseJwk = z.looseObject({ kid: z.string().check(z.minLength(1)) });
export const jwksSchema = z.object({ keys: z.array(looseJwk) });
export type Jwks = z.infer<typeof jwksSchema>;

const coordinate = z.string().check(
  z.refine((s) => {
    const bytes = decodeBase64Url(s);
    return bytes.ok && bytes.value.length === 32;
  }, 'a P-256 coordinate is 32 bytes of base64url'),
);

const ecPublicJwkSchema = z.looseObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: coordinate,
  y: coordinate,
  kid: z.string().check(z.minLength(1)),
  use: z.literal('sig'),
  alg: z.literal('ES256'),
  crlVersion: z.optional(z.number().check(z.int(), z.nonnegative())),
  withdrawnAt: z.optional(z.number().check(z.nonnegative())),
  d: z.optional(z.never({ error: 'a published key must not carry its private part' })),
});

export type JwkError = 'key-unsuitable';

export function parseJwks(json: unknown): Result<Jwks, 'jwks-invalid'> {
  const parsed = jwksSchema.safeParse(json);
  return parsed.success ? ok(parsed.data) : fail('jwks-invalid', parsed.error.message);
}

/** The key a card may be verified with: EC P-256, use "sig", alg "ES256", public only. */
export function toEcPublicJwk(jwk: unknown): Result<EcPublicJwk, JwkError> {
  const parsed = ecPublicJwkSchema.safeParse(jwk);
  if (!parsed.success) return fail('key-unsuitable', parsed.error.issues[0]?.message);
  const { kty, crv, x, y, kid, use, alg, crlVersion, withdrawnAt } = parsed.data;
  return ok({
    kty,
    crv,
    x,
    y,
    kid: kid as Kid,
    use,
    alg,
    ...(crlVersion === undefined ? {} : { crlVersion }),
    ...(withdrawnAt === undefined ? {} : { withdrawnAt }),
  });
}

/** RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace. */
export async function jwkThumbprint(
  subtle: SubtleCrypto,
  jwk: { readonly crv: string; readonly kty: string; readonly x: string; readonly y: string },
): Promise<Kid> {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return encodeBase64Url(new Uint8Array(digest)) as Kid;
}

export async function importVerifyKey(
  subtle: SubtleCrypto,
  jwk: EcPublicJwk,
): Promise<Result<CryptoKey, JwkError>> {
  try {
    const key = await subtle.importKey(
      'jwk',
      { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, ext: true },
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    return ok(key);
  } catch (error) {
    // A point that is not on the curve is rejected by WebCrypto: the key is unusable.
    return fail('key-unsuitable', error instanceof Error ? error.message : 'import failed');
  }
}
