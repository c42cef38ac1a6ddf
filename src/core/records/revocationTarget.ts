// Which certificate a revocation record may revoke: one of its own clinic, and under that
// certificate's own rid — the rid the register puts on the CRL of the key that signed the
// card. A revocation may reach the register before its certificate (written on a tablet that
// is still offline); it then waits, and is checked again when the certificate arrives.
//
//   revocation  {clinicId: "0193…k1", certificateId: "0193…c1", rid: "MKyCxh7p6uQ", …}
//   certificate {clinicId: "0193…k1", id: "0193…c1", rid: "MKyCxh7p6uQ", shcJws: "eyJ…", …}
import type { MessageTable } from '../bilingual';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { ClinicRecord } from './record';
import type { RevocationRecord } from './revocation';

export const REVOCATION_TARGET_REASONS = [
  'revocation-foreign-certificate',
  'revocation-rid-mismatch',
] as const;
export type RevocationTargetReason = (typeof REVOCATION_TARGET_REASONS)[number];

export const REVOCATION_TARGET_MESSAGES: MessageTable<RevocationTargetReason> = {
  'revocation-foreign-certificate': {
    ru: 'Отзыв относится не к справке этой клиники: клиника может отозвать только свои справки',
    en: 'The revocation is not of a certificate of this clinic: a clinic may revoke only its own',
  },
  'revocation-rid-mismatch': {
    ru: 'Номер отзыва (rid) не совпадает с номером в QR-коде справки',
    en: 'The revocation id (rid) does not match the one in the certificate’s QR code',
  },
};

/** 'waiting' when the certificate has not reached the register yet. */
export type RevocationTarget = 'certificate' | 'waiting';

/** What the register holds under the revocation's certificate id. */
export type StoredTarget =
  | { readonly found: 'none' }
  /** A record of that id exists, but in another clinic: never read, only named as foreign. */
  | { readonly found: 'other-clinic' }
  | { readonly found: 'record'; readonly record: ClinicRecord };

/**
 * Another clinic's certificate is refused at once rather than left waiting for ever (ids are
 * unique across clinics, so a certificate of that id can never arrive for this one).
 */
export function checkRevocationTarget(
  revocation: RevocationRecord,
  stored: StoredTarget,
): Result<RevocationTarget, RevocationTargetReason> {
  if (stored.found === 'none') return ok('waiting');
  if (stored.found === 'other-clinic') return fail('revocation-foreign-certificate', 'clinic');
  const { record } = stored;
  if (record.kind !== 'certificate' || record.clinicId !== revocation.clinicId) {
    return fail('revocation-foreign-certificate', record.kind);
  }
  if (record.rid !== undefined && record.rid !== revocation.rid) {
    return fail('revocation-rid-mismatch');
  }
  return ok('certificate');
}
