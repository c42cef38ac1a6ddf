import type { VoidedCardCause } from '../../core/protocol/adminCertificates';
import { carriesOwnCard } from '../../core/protocol/voidingRefusals';
import type { CertificateRecord } from '../../core/records/certificate';
import type { RegisterDb } from '../db/connect';
import { recordClinicRevocation } from '../trust/revocations';
import { loadClinicRecord } from './recordStore';
import { checkSignedCard } from './signedCard';

// The card of a certificate the register does not hold, put on the CRL of the key that
// signed it: a certificate refused for good (voidRefusedCertificate.ts) or discarded by an
// administrator on its tablet (voidDiscardedCards.ts). Either way the card was handed to the
// citizen before the register saw the certificate, and nothing else can revoke it.
//
// Only the pushing tablet's own card, with a valid signature and the record's rid (the same
// check as for an accepted certificate, signedCard.ts); never a duplicate (it carries its
// original's card) and never a certificate the register holds under any version (a refused
// or discarded copy must not revoke what stands). The CRL write is idempotent.
//
// Beside the CRL entry, the register keeps what identifies the paper (voided_card, migration
// 0018: its number, holder's id, tablet, why), so that the regional administrator who
// searches the printed number learns that its QR was voided and why (admin/voidedCards.ts).
// Written after the CRL entry and whenever the same card is voided again, so a crash between
// the two heals on the tablet's next request.

export type UnheldCardOutcome =
  /** The rid went on the CRL now. */
  | 'voided'
  /** The rid was on the CRL already. */
  | 'unchanged'
  /** The register holds this certificate: its card stands with it. */
  | 'held'
  /** No card of this tablet to void. */
  | 'not-voidable';

export async function voidUnheldCard(
  db: RegisterDb,
  subtle: SubtleCrypto,
  certificate: CertificateRecord,
  voiding: {
    readonly tabletId: string;
    readonly reason: VoidedCardCause;
    /** The register's refusal code, when the certificate was refused for good. */
    readonly refusal?: string;
    readonly at: Date;
  },
): Promise<UnheldCardOutcome> {
  if (!carriesOwnCard(certificate) || certificate.rid === undefined) return 'not-voidable';
  const held = await loadClinicRecord(db.kysely, certificate.clinicId, certificate.id);
  if (held !== undefined) return 'held';
  const card = await db.kysely
    .transaction()
    .execute((tx) => checkSignedCard(tx, subtle, certificate, { tabletId: voiding.tabletId }));
  if (!card.ok) return 'not-voidable';
  const outcome = await recordClinicRevocation(db, {
    clinicId: certificate.clinicId,
    kid: card.value,
    rid: certificate.rid,
    reason: voiding.reason,
    at: voiding.at,
  });
  if (outcome === 'key-foreign') return 'not-voidable';
  await db.kysely
    .insertInto('voided_card')
    .values({
      certificate_id: certificate.id,
      clinic_id: certificate.clinicId,
      person_id: certificate.personId,
      certificate_number: certificate.number,
      issued_at: certificate.issuedAt,
      kid: card.value,
      rid: certificate.rid,
      tablet_id: voiding.tabletId,
      reason: voiding.reason,
      refusal: voiding.refusal ?? null,
      voided_at: voiding.at.toISOString(),
    })
    .onConflict((conflict) => conflict.column('certificate_id').doNothing())
    .execute();
  return outcome === 'recorded' ? 'voided' : 'unchanged';
}
