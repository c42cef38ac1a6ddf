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
  voiding: { readonly tabletId: string; readonly reason: string; readonly at: Date },
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
  return outcome === 'recorded' ? 'voided' : outcome === 'unchanged' ? 'unchanged' : 'not-voidable';
}
