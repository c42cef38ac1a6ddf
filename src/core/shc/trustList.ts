// What a verifier trusts, cached from the register for offline use: per issuer URL its JWKS,
// the revocation list of each key and when they were fetched. A CRL on the wire
// (/.well-known/crl/<kid>.json):
//   {"kid":"3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s","method":"rid","ctr":1,
//    "rids":["vwAjHdarZuc.1687450765","FKDIxsTCGlU"]}
// An entry "rid.timestamp" revokes only cards with that rid whose nbf is before the
// timestamp (NumericDate seconds); a bare "rid" revokes every card with it.
import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import type { AdmissionPolicy } from '../admission/policy';
import type { Jwks } from './jwk';
import type { TrustDocumentRefusal } from './trustDocuments';

export const crlSchema = z.object({
  kid: z.string().min(1),
  method: z.literal('rid'),
  ctr: z.number().int().nonnegative(),
  rids: z.array(z.string().regex(/^[A-Za-z0-9_-]{1,24}(\.[0-9]+)?$/)),
});
export type Crl = z.infer<typeof crlSchema>;

export type IssuerTrust = {
  readonly jwks: Jwks;
  /** Revocation lists by kid. */
  readonly crls: ReadonlyMap<string, Crl>;
  /** When the JWKS and CRLs were fetched from the register, epoch milliseconds. */
  readonly fetchedAt: number;
  /** The admission policy the issuer's register publishes; absent: DEFAULT_ADMISSION_POLICY. */
  readonly policy?: AdmissionPolicy;
  /**
   * Keys whose CRL was refused (see trustDocuments.ts): every card they signed is answered
   * `crl-refused`, never valid, until a CRL that keeps the rules arrives.
   */
  readonly refusedCrls?: ReadonlyMap<string, TrustDocumentRefusal>;
};

/** Keyed by the exact `iss` string (https, no trailing slash). */
export type TrustList = ReadonlyMap<string, IssuerTrust>;

export function parseCrl(json: unknown): Result<Crl, 'crl-invalid'> {
  const parsed = crlSchema.safeParse(json);
  return parsed.success ? ok(parsed.data) : fail('crl-invalid', parsed.error.issues[0]?.message);
}

export type RevocationCheck = 'not-revoked' | 'revoked';

export function checkRevocation(crl: Crl, rid: string, nbf: number): RevocationCheck {
  for (const entry of crl.rids) {
    const dot = entry.indexOf('.');
    const id = dot < 0 ? entry : entry.slice(0, dot);
    if (id !== rid) continue;
    if (dot < 0) return 'revoked';
    if (nbf < Number(entry.slice(dot + 1))) return 'revoked';
  }
  return 'not-revoked';
}
