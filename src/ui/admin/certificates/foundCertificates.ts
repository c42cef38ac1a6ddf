import type { FoundCertificate } from '../../../core/protocol/adminCertificates';
import type { RevocationRecord } from '../../../core/records/revocation';

// What the certificate screen does with a search's rows, kept out of the components.

/**
 * Whether a row offers "Аннулировать": not yet revoked and not a reprint (a reprint shares its
 * original's QR: the original is revoked, and the reprint with it).
 */
export function isRevocable(certificate: FoundCertificate): boolean {
  return certificate.revocation === null && certificate.duplicateOf === null;
}

/**
 * The rows after a revocation the register answered: the certificate it names and its
 * reprints are shown revoked, as the next search would show them.
 */
export function withRevocation(
  certificates: readonly FoundCertificate[],
  revocation: Pick<RevocationRecord, 'certificateId' | 'reason' | 'note' | 'at'>,
): FoundCertificate[] {
  return certificates.map((certificate) =>
    certificate.id === revocation.certificateId ||
    certificate.duplicateOf === revocation.certificateId
      ? {
          ...certificate,
          state: 'revoked',
          revocation: {
            reason: revocation.reason,
            note: revocation.note ?? null,
            at: revocation.at,
          },
        }
      : certificate,
  );
}
