import type { FastifyBaseLogger } from 'fastify';
import type { CertificateRecord } from '../../core/records/certificate';
import type { RevocationRecord } from '../../core/records/revocation';
import { clinicRecordSchema } from '../../core/records/record';
import { parseCompactJws } from '../../core/shc/parseCompactJws';
import type { RegisterDb } from '../db/connect';
import { recordRevocation } from '../trust/revocations';

// A revocation record pushed by a tablet also revokes the card in the SHC revocation list of
// the key that signed it. The kid comes from the certificate's own signed card (its JWS
// header), not from the pushing tablet: a commission member may revoke on one tablet a card
// that another tablet signed.
//
// A revocation can reach the register before its certificate (two tablets, one offline);
// then the certificate's arrival puts the earlier revocations on the CRL.
//
// It runs after the op's transaction commits (recordRevocation opens its own) and again
// whenever the op is replayed; recordRevocation is idempotent, so a crash between the two
// commits is healed by the tablet's retry.

export type CrlOutcome = 'recorded' | 'unchanged' | 'certificate-unknown' | 'certificate-unsigned';

export async function revokeInCrl(
  db: RegisterDb,
  revocation: RevocationRecord,
  at: Date,
  log: FastifyBaseLogger,
): Promise<CrlOutcome> {
  const row = await db.kysely
    .selectFrom('clinic_record')
    .select('body')
    .where('id', '=', revocation.certificateId)
    .executeTakeFirst();
  if (row === undefined) {
    // The certificate has not reached the register yet (another tablet still offline).
    log.info({ revocationId: revocation.id }, 'revocation waits for its certificate');
    return 'certificate-unknown';
  }
  const certificate = clinicRecordSchema.parse(JSON.parse(row.body));
  if (certificate.kind !== 'certificate' || certificate.shcJws === undefined) {
    return 'certificate-unsigned';
  }
  const jws = parseCompactJws(certificate.shcJws);
  if (!jws.ok) {
    log.warn({ revocationId: revocation.id, reason: jws.reason }, 'certificate card unreadable');
    return 'certificate-unsigned';
  }
  const changed = await recordRevocation(db, {
    kid: jws.value.kid,
    rid: revocation.rid,
    reason: revocation.reason,
    at,
  });
  return changed ? 'recorded' : 'unchanged';
}

/** Puts on the CRL the revocations that arrived before this certificate. */
export async function revokeEarlierRevocations(
  db: RegisterDb,
  certificate: CertificateRecord,
  at: Date,
  log: FastifyBaseLogger,
): Promise<void> {
  // Revocations are rare (a handful per clinic and year), so reading the clinic's all is cheap.
  const rows = await db.kysely
    .selectFrom('clinic_record')
    .select('body')
    .where('clinic_id', '=', certificate.clinicId)
    .where('kind', '=', 'revocation')
    .execute();
  for (const row of rows) {
    const revocation = clinicRecordSchema.parse(JSON.parse(row.body));
    if (revocation.kind === 'revocation' && revocation.certificateId === certificate.id) {
      await revokeInCrl(db, revocation, at, log);
    }
  }
}
