import type { FastifyBaseLogger } from 'fastify';
import type { CertificateRecord } from '../../core/records/certificate';
import type { RevocationRecord } from '../../core/records/revocation';
import { parseCompactJws } from '../../core/shc/parseCompactJws';
import type { RegisterDb } from '../db/connect';
import type { ClinicRevocationOutcome } from '../trust/revocations';
import { recordClinicRevocation } from '../trust/revocations';
import { loadClinicRecord, parseRecordBody } from './recordStore';

// A revocation record (pushed by a tablet, or written at the register) also revokes the card
// in the SHC revocation list of the key that signed it. The certificate is looked up within
// the revocation's own clinic, never by id alone; the kid comes from the certificate's own
// signed card (a commission member may revoke on one tablet a card that another tablet
// signed), and goes on the CRL only when it is a key of that clinic (recordClinicRevocation),
// so a certificate record that names another clinic's key cannot put a rid on that key's list.
// The rid listed is the certificate's, which the register checked against its card on push.
//
// A revocation can reach the register before its certificate (two tablets, one offline);
// then the certificate's arrival puts the earlier revocations on the CRL.
//
// It runs after the op's transaction commits (the CRL write opens its own) and again
// whenever the op is replayed; the CRL write is idempotent, so a crash between the two
// commits is healed by the tablet's retry.

export type CrlOutcome = ClinicRevocationOutcome | 'certificate-unknown' | 'certificate-unsigned';

export async function revokeInCrl(
  db: RegisterDb,
  revocation: RevocationRecord,
  at: Date,
  log: FastifyBaseLogger,
): Promise<CrlOutcome> {
  const certificate = await loadClinicRecord(
    db.kysely,
    revocation.clinicId,
    revocation.certificateId,
  );
  if (certificate === undefined) {
    // The certificate has not reached the register yet (another tablet still offline).
    log.info({ revocationId: revocation.id }, 'revocation waits for its certificate');
    return 'certificate-unknown';
  }
  if (
    certificate.kind !== 'certificate' ||
    certificate.shcJws === undefined ||
    certificate.rid === undefined
  ) {
    return 'certificate-unsigned';
  }
  const jws = parseCompactJws(certificate.shcJws);
  if (!jws.ok) {
    log.warn({ revocationId: revocation.id, reason: jws.reason }, 'certificate card unreadable');
    return 'certificate-unsigned';
  }
  if (revocation.rid !== certificate.rid) {
    log.warn(
      { revocationId: revocation.id },
      'revocation rid differs: the certificate’s is listed',
    );
  }
  const outcome = await recordClinicRevocation(db, {
    clinicId: certificate.clinicId,
    kid: jws.value.kid,
    rid: certificate.rid,
    reason: revocation.reason,
    at,
  });
  if (outcome === 'key-foreign') {
    log.warn(
      { revocationId: revocation.id, kid: jws.value.kid },
      'certificate names a key of no tablet of its clinic: CRL left unchanged',
    );
  }
  return outcome;
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
    const revocation = parseRecordBody(row.body);
    if (revocation.kind === 'revocation' && revocation.certificateId === certificate.id) {
      await revokeInCrl(db, revocation, at, log);
    }
  }
}
