import type { CertificateRecord } from '../records/certificate';
import type { OpRejectReason } from './sync';

// Refusals of a certificate that no fix can cure: the statement is another person's, was
// withdrawn or ended by a revocation, its consent withdrawn, or the certificate says what its
// result does not. Its card was signed on the tablet and handed to the citizen before the
// register saw it, and a verifier at a door cannot know of the refusal — so the register puts
// the card on its key's CRL (register/sync/voidRefusedCertificate.ts), and the next trust-list
// refresh at the door answers «отозвана» instead of admitting the holder.
//
// Refusals that a fix may cure (the payment's receipt corrected, a kit accepted again, staff
// added, storage/syncProblems.ts RETRYABLE) void nothing: the certificate may still be sent
// again and accepted. The register revokes only what it never holds, so an accepted
// certificate is never voided by a later refused copy.

export const VOIDING_REFUSALS: ReadonlySet<OpRejectReason> = new Set<OpRejectReason>([
  'statement-other-person',
  'statement-withdrawn',
  'statement-certificate-revoked',
  'certificate-contradicts-result',
  'consent-withdrawn',
]);

/** Whether a refusal with this code leaves a certificate's card void for good. */
export function voidsCertificate(reason: string): reason is OpRejectReason {
  return (VOIDING_REFUSALS as ReadonlySet<string>).has(reason);
}

/**
 * Whether the certificate carries a card of its own, signed where it was issued under its
 * rid: the card a refusal for good or a discard voids. A duplicate carries its original's
 * card, which stands with the original. The tablet queues only such cards
 * (storage/cardVoids.ts) and the register voids only such cards (register/sync/voidUnheldCard.ts).
 */
export function carriesOwnCard(certificate: CertificateRecord): boolean {
  return (
    certificate.duplicateOf === undefined &&
    certificate.rid !== undefined &&
    certificate.shcJws !== undefined
  );
}
