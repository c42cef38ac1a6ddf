// Verifying one compact JWS against the trust list, step by step; the first failing step
// names the reason. Order: structure and header → key by kid → signature → payload →
// issuer → revocation → validity period → FHIR content. Only when the kid is not trusted at
// all is the unsigned payload read first, to tell "unknown issuer" from "unknown key".
import { fail, ok, type Result } from '../result';
import { checkFhirContent, type CardContent } from './checkFhirContent';
import { ES256_SIGNATURE_BYTES } from './compactJws';
import { decodePayload } from './decodePayload';
import { importVerifyKey, jwkThumbprint, toEcPublicJwk, type EcPublicJwk } from './jwk';
import { parseCompactJws, type ParsedJws } from './parseCompactJws';
import { checkRevocation, type IssuerTrust, type TrustList } from './trustList';
import type { FailureReason, WarningCode } from './verdict';

export type VerifyContext = {
  readonly subtle: SubtleCrypto;
  readonly trust: TrustList;
  /** The verifier's clock, epoch milliseconds. */
  readonly now: number;
  /** How far in the future `nbf` may be (issuing tablet clocks drift); default 300 s. */
  readonly nbfToleranceSeconds?: number;
};

export const DEFAULT_NBF_TOLERANCE_SECONDS = 300;

/** What a JWS yields as it passes the steps; attached to the answer even on a late failure. */
export type JwsFacts = {
  issuer?: string;
  validity?: { nbf: number; exp?: number };
  content?: CardContent;
  warnings: WarningCode[];
};

function checkIssuerUrl(iss: string): Result<string, FailureReason> {
  let url: URL;
  try {
    url = new URL(iss);
  } catch (error) {
    return fail('issuer-not-https', error instanceof Error ? error.message : 'not a URL');
  }
  if (url.protocol !== 'https:') return fail('issuer-not-https', url.protocol);
  if (iss.endsWith('/')) return fail('issuer-trailing-slash');
  return ok(iss);
}

/** kids are key thumbprints, so at most one trusted issuer publishes a given kid. */
function issuerOfKid(trust: TrustList, kid: string): [string, IssuerTrust] | undefined {
  for (const entry of trust) {
    if (entry[1].jwks.keys.some((k) => k.kid === kid)) return entry;
  }
  return undefined;
}

async function checkSignature(
  ctx: VerifyContext,
  issuer: IssuerTrust,
  jws: ParsedJws,
): Promise<Result<EcPublicJwk, FailureReason>> {
  const jwk = toEcPublicJwk(issuer.jwks.keys.find((k) => k.kid === jws.kid));
  if (!jwk.ok) return jwk;
  // SHC requires kid = RFC 7638 thumbprint; a JWKS entry that disagrees is not a key we trust.
  if ((await jwkThumbprint(ctx.subtle, jwk.value)) !== jws.kid) {
    return fail('key-unsuitable', 'kid is not the key thumbprint');
  }
  const key = await importVerifyKey(ctx.subtle, jwk.value);
  if (!key.ok) return key;
  if (jws.signature.length !== ES256_SIGNATURE_BYTES) {
    return fail('signature-not-raw', `${jws.signature.length} bytes`);
  }
  const signed = await ctx.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    key.value,
    jws.signature,
    jws.signingInput,
  );
  return signed ? jwk : fail('signature-invalid');
}

export async function verifyJws(
  jws: string,
  ctx: VerifyContext,
  facts: JwsFacts,
): Promise<Result<CardContent, FailureReason>> {
  const parsed = parseCompactJws(jws);
  if (!parsed.ok) return parsed;
  // When the kid is one we trust, the signature is checked before the payload is even
  // inflated: a tampered card is then "bad signature", whatever its bytes now decode to.
  const owner = issuerOfKid(ctx.trust, parsed.value.kid);
  const jwk = owner === undefined ? undefined : await checkSignature(ctx, owner[1], parsed.value);
  if (jwk !== undefined && !jwk.ok) return jwk;

  const payload = decodePayload(parsed.value.deflatedPayload);
  if (!payload.ok) return payload;
  const { iss, nbf, exp, vc } = payload.value;
  const issuerUrl = checkIssuerUrl(iss);
  if (!issuerUrl.ok) return issuerUrl;
  const issuer = ctx.trust.get(iss);
  if (issuer === undefined) return fail('issuer-untrusted', iss);
  if (owner === undefined || jwk === undefined || owner[0] !== iss) {
    return fail('kid-unknown', parsed.value.kid);
  }
  if (ctx.now < issuer.fetchedAt) facts.warnings.push('clock-behind-trust-list');
  facts.issuer = iss;
  facts.validity = exp === undefined ? { nbf } : { nbf, exp };
  // Read now, reported last: a revoked or expired card still shows whose it is.
  const content = checkFhirContent(vc.credentialSubject.fhirBundle);
  if (content.ok) facts.content = content.value;

  // A CRL that broke the rules may be hiding a revocation: never valid on that key's word.
  const refused = issuer.refusedCrls?.get(jwk.value.kid);
  if (refused !== undefined) return fail('crl-refused', refused.rule);
  const crl = issuer.crls.get(jwk.value.kid);
  if (vc.rid === undefined) facts.warnings.push('no-rid');
  else if (crl !== undefined && checkRevocation(crl, vc.rid, nbf) === 'revoked') {
    return fail('rid-revoked', vc.rid);
  }
  if (jwk.value.withdrawnAt !== undefined && nbf > jwk.value.withdrawnAt) {
    return fail('key-withdrawn', `nbf ${nbf} after withdrawal ${jwk.value.withdrawnAt}`);
  }
  if (jwk.value.crlVersion !== undefined) {
    if (crl === undefined) facts.warnings.push('crl-missing');
    else if (crl.ctr < jwk.value.crlVersion) facts.warnings.push('crl-outdated');
  }

  const nowSeconds = ctx.now / 1000;
  const tolerance = ctx.nbfToleranceSeconds ?? DEFAULT_NBF_TOLERANCE_SECONDS;
  if (nbf > nowSeconds + tolerance) return fail('nbf-in-future', `nbf ${nbf}`);
  if (exp !== undefined && nowSeconds >= exp) return fail('exp-passed', `exp ${exp}`);
  return content;
}
