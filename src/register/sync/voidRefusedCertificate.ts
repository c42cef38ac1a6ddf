import type { FastifyBaseLogger } from 'fastify';
import { voidsCertificate } from '../../core/protocol/voidingRefusals';
import type { CertificateRecord } from '../../core/records/certificate';
import type { VoidedCardCause } from '../../core/protocol/adminCertificates';
import type { RegisterDb } from '../db/connect';
import { voidUnheldCard } from './voidUnheldCard';

// A certificate the register refused for good (core/protocol/voidingRefusals.ts) still has a
// signed card in the citizen's hands. Its rid goes on the CRL of the key that signed it, so a
// verifier's next trust-list refresh answers "revoked" instead of admitting the holder:
//
//   push   {"kind":"certificate","id":"0193…c9","rid":"Zt1c…","shcJws":"eyJ…",…}
//   answer {"status":"rejected","reason":"statement-certificate-revoked",…}
//   CRL    /.well-known/crl/<kid of the pushing tablet>.json  "rids":[…,"Zt1c…"]
//
// Which cards may be voided is voidUnheldCard.ts's: the pushing tablet's own, never a
// duplicate's, never one of a certificate the register holds. Run after the push commits,
// and again whenever the refusal is replayed: the CRL write is idempotent, so a crash between
// the two commits heals.

/** Stored as the CRL entry's reason: register-internal, published without a reason code. */
export const REFUSED_CARD_REASON: VoidedCardCause = 'refused-by-register';

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
  if (!voidsCertificate(reason)) return 'not-voided';
  const outcome = await voidUnheldCard(db, subtle, certificate, {
    tabletId,
    reason: REFUSED_CARD_REASON,
    refusal: reason,
    at,
  });
  if (outcome === 'voided') {
    log.info(
      { certificateId: certificate.id, refusal: reason },
      'refused certificate’s card revoked',
    );
  }
  return outcome === 'voided' ? 'voided' : outcome === 'unchanged' ? 'unchanged' : 'not-voided';
}
