import type { FastifyBaseLogger } from 'fastify';
import { voidsCertificate } from '../../core/protocol/voidingRefusals';
import type { CertificateRecord } from '../../core/records/certificate';
import type { RegisterDb } from '../db/connect';
import { recordClinicRevocation } from '../trust/revocations';
import { loadClinicRecord } from './recordStore';
import { checkSignedCard } from './signedCard';

// A certificate the register refused for good (core/protocol/voidingRefusals.ts) still has a
// signed card in the citizen's hands. Its rid goes on the CRL of the key that signed it, so a
// verifier's next trust-list refresh answers "revoked" instead of admitting the holder:
//
//   push   {"kind":"certificate","id":"0193…c9","rid":"Zt1c…","shcJws":"eyJ…",…}
//   answer {"status":"rejected","reason":"statement-certificate-revoked",…}
//   CRL    /.well-known/crl/<kid of the pushing tablet>.json  "rids":[…,"Zt1c…"]
//
// Only a card that is the pushing tablet's own, with a valid signature and the record's rid
// (signedCard.ts, as for an accepted certificate), and only a certificate the register holds
// under no version: a duplicate (its original's card) or a refused copy of an accepted
// certificate never revokes what stands. Run after the push commits, and again whenever the
// refusal is replayed: the CRL write is idempotent, so a crash between the two commits heals.

/** Stored as the CRL entry's reason: register-internal, published without a reason code. */
export const REFUSED_CARD_REASON = 'refused-by-register';

export type VoidOutcome = 'voided' | 'unchanged' | 'not-voided';

export async function voidRefusedCertificate(
  db: RegisterDb,
  subtle: SubtleCrypto,
  refused: { readonly reason: string; readonly certificate: CertificateRecord },
  tabletId: string,
  at: Date,
  log: FastifyBaseLogger,
): Promise<VoidOutcome> {
  const { reason, certificate } = refused;
  if (!voidsCertificate(reason) || certificate.duplicateOf !== undefined) return 'not-voided';
  if (certificate.rid === undefined) return 'not-voided';
  const held = await loadClinicRecord(db.kysely, certificate.clinicId, certificate.id);
  if (held !== undefined) return 'not-voided';
  const card = await db.kysely
    .transaction()
    .execute((tx) => checkSignedCard(tx, subtle, certificate, { tabletId }));
  if (!card.ok) return 'not-voided';
  const outcome = await recordClinicRevocation(db, {
    clinicId: certificate.clinicId,
    kid: card.value,
    rid: certificate.rid,
    reason: REFUSED_CARD_REASON,
    at,
  });
  if (outcome === 'recorded') {
    log.info(
      { certificateId: certificate.id, kid: card.value, refusal: reason },
      'refused certificate’s card revoked',
    );
  }
  return outcome === 'recorded' ? 'voided' : outcome === 'unchanged' ? 'unchanged' : 'not-voided';
}
