// What makes a certificate record a genuine duplicate (a reprint of a lost paper), the rule
// that lets a registrar write one (permissions.ts). A duplicate is the original again, not a
// new conclusion: it names an existing certificate of its own clinic and person and carries
// that certificate's content — decision, test, validity, commission member, the very same
// signed card and rid — unchanged. Only its own identity (`id`, who made it and when), its
// `number`, its date (`issuedAt`) and why it was reprinted (`duplicateReason`) may differ.
// Anything else would let a registrar issue a certificate the commission never decided on.
//
//   original   {id: "0193…c1", number: "KAM01-T03-2026-000017", personId: "0193…p1",
//               decision: "presence", shcJws: "eyJ…", rid: "MKyCxh7p6uQ", …}
//   duplicate  {id: "0193…d7", duplicateOf: "0193…c1", number: "KAM01-T01-2026-000004",
//               issuedAt: <the reprint's>, duplicateReason: "Утеря", personId: "0193…p1",
//               …everything else the same}
import type { MessageTable } from '../bilingual';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { CertificateRecord } from './certificate';
import { changedFields } from './merge';
import type { ClinicRecord } from './record';

export const DUPLICATE_REASONS = [
  'duplicate-original-unknown',
  'duplicate-other-person',
  'duplicate-content-changed',
] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export const DUPLICATE_MESSAGES: MessageTable<DuplicateReason> = {
  'duplicate-original-unknown': {
    ru: 'Дубликат ссылается на справку, которой нет среди справок этой клиники',
    en: 'The duplicate names a certificate that is not among this clinic’s certificates',
  },
  'duplicate-other-person': {
    ru: 'Дубликат оформлен на другого человека, чем исходная справка',
    en: 'The duplicate is made out to another person than the original certificate',
  },
  'duplicate-content-changed': {
    ru: 'Дубликат отличается от исходной справки: меняться могут только номер, дата и причина',
    en: 'The duplicate differs from the original certificate: only its number, date and reason may change',
  },
};

/** Fields in which a duplicate may differ from its original (version, editor never count). */
const OWN_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'duplicateOf',
  'duplicateReason',
  'number',
  'issuedAt',
  'createdBy',
  'createdAt',
]);

/**
 * Checks a certificate that names `duplicateOf` against the record stored under that id
 * (undefined when there is none). The caller looks the original up within the duplicate's
 * clinic; the clinic is compared again here so a lookup by id alone cannot pass.
 */
export function checkDuplicate(
  duplicate: CertificateRecord,
  original: ClinicRecord | undefined,
): Result<void, DuplicateReason> {
  if (
    duplicate.duplicateOf === undefined ||
    original?.kind !== 'certificate' ||
    original.id !== duplicate.duplicateOf ||
    original.clinicId !== duplicate.clinicId
  ) {
    return fail('duplicate-original-unknown', duplicate.duplicateOf ?? '(none)');
  }
  if (original.personId !== duplicate.personId) return fail('duplicate-other-person');
  const changed = changedFields(original, duplicate).filter((field) => !OWN_FIELDS.has(field));
  return changed.length === 0
    ? ok(undefined)
    : fail('duplicate-content-changed', changed.join(','));
}
