// The tablet the demo data is "made on": enrolled like any tablet (a P-256 key made with
// WebCrypto, its public JWK and thumbprint in the tablet table, a code "T<n>" of the clinic),
// so the register checks the demo certificates' cards against its key and publishes that key
// in the JWKS, where verifiers find it. The private key lives in this process only and the
// bearer token is thrown away: nobody can sign or push as this tablet afterwards, and the
// run withdraws it at the end (its cards, all signed before, keep verifying: trust/jwks.ts).
import type { SigningKey } from '../../core/shc/signingKey';
import { generateSigningKey } from '../../core/shc/signingKey';
import { hashToken, newToken } from '../auth/token';
import type { RegisterDb } from '../db/connect';
import { newId } from '../ids';

export type DemoTablet = {
  readonly id: string;
  readonly clinicId: string;
  /** "T7": the tablet part of the demo contracts' and certificates' numbers. */
  readonly code: string;
  readonly key: SigningKey;
};

export async function enrolDemoTablet(
  db: RegisterDb,
  request: {
    readonly clinicId: string;
    readonly name: string;
    readonly subtle: SubtleCrypto;
    readonly now: () => Date;
    readonly random: (bytes: number) => Uint8Array;
  },
): Promise<DemoTablet> {
  const key = await generateSigningKey(request.subtle);
  const id = newId(request.now, request.random);
  const enrolledAt = request.now().toISOString();
  // As POST /api/tablets numbers them: one more than the clinic's tablets, withdrawn ones
  // included, so a code is never reused. The CLI is one writer; the unique (clinic, code)
  // index refuses a clash with an enrolment at the same instant, and the run then stops.
  const code = await db.kysely.transaction().execute(async (tx) => {
    const { count } = await tx
      .selectFrom('tablet')
      .select((eb) => eb.fn.countAll<string | number>().as('count'))
      .where('clinic_id', '=', request.clinicId)
      .executeTakeFirstOrThrow();
    const next = `T${String(Number(count) + 1)}`;
    await tx
      .insertInto('tablet')
      .values({
        id,
        clinic_id: request.clinicId,
        name: request.name,
        public_jwk: JSON.stringify(key.publicJwk),
        kid: key.publicJwk.kid,
        status: 'enrolled',
        enrolled_at: enrolledAt,
        last_seen_at: enrolledAt,
        token_hash: hashToken(newToken(request.random)),
        code: next,
        withdrawn_at: null,
        replaces: null,
      })
      .execute();
    return next;
  });
  return { id, clinicId: request.clinicId, code, key };
}
