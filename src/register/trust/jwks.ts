import type { z } from 'zod';
import { publicJwkSchema } from '../../core/protocol/tablet';
import type { RegisterDb } from '../db/connect';

// The issuer's key set, /.well-known/jwks.json: the public keys of the clinic tablets.
//
//   {"keys":[{"kty":"EC","crv":"P-256","x":"…","y":"…","kid":"3Kfd…","use":"sig","alg":"ES256",
//             "crlVersion":2}]}
//
// Rule for withdrawn tablets: their key STAYS in the set, so certificates they signed before
// withdrawal keep verifying (a citizen's valid certificate must not die with a lost tablet);
// it carries "withdrawnAt" (seconds; a member other verifiers ignore), and SeroDesk's
// verifier refuses cards of that key whose `nbf` is later. Cards known to be bad are revoked
// one by one through the CRL. `crlVersion` (SHC spec) is the CRL's `ctr` when one exists.

const storedJwkSchema = publicJwkSchema;

export type PublishedJwk = z.infer<typeof storedJwkSchema> & {
  crlVersion?: number;
  withdrawnAt?: number;
};

export async function readIssuerJwks(db: RegisterDb): Promise<{ keys: PublishedJwk[] }> {
  const rows = await db.kysely
    .selectFrom('tablet')
    .leftJoin('crl', 'crl.kid', 'tablet.kid')
    .select(['tablet.public_jwk', 'tablet.withdrawn_at', 'crl.ctr'])
    .orderBy('tablet.enrolled_at')
    .execute();
  const keys = rows.map((row): PublishedJwk => {
    const jwk: PublishedJwk = storedJwkSchema.parse(JSON.parse(row.public_jwk));
    if (row.ctr !== null) jwk.crlVersion = row.ctr;
    if (row.withdrawn_at !== null) {
      jwk.withdrawnAt = Math.floor(Date.parse(row.withdrawn_at) / 1000);
    }
    return jwk;
  });
  return { keys };
}
