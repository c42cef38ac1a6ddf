// Revoking an issued certificate at the desk (issue 3): a commission member or an admin
// withdraws its QR with a reason. The revocation is a new record written offline with its
// outbox entry; once the register has it, the card's rid is on the CRL of the key that
// signed it (/.well-known/crl/<kid>.json) and every verifier refuses the card, paper copies
// and duplicates included (they share the rid). Written:
//   {"kind":"revocation","certificateId":"0193…c1","rid":"MKyCxh7p6uQ","reason":"fraud",
//    "note":"Паспорт не совпадает с заявлением","at":"2026-11-26T10:00:00.000Z", …}
// 'correction' is not offered: the correction flow writes it with the replacement's number.
import type { MessageTable } from '../core/bilingual';
import type { RevocationId } from '../core/ids';
import { newId } from '../core/ids';
import { reasonTextSchema } from '../core/records/base';
import type { CertificateRecord } from '../core/records/certificate';
import type { RevocationRecord } from '../core/records/revocation';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { WriteFailure } from '../storage/records';
import { WRITE_MESSAGES, recordsWhere, writeRecord } from '../storage/records';
import type { DeskEnv } from './env';

export const DESK_REVOCATION_REASONS = ['error', 'fraud', 'withdrawn-by-citizen'] as const;
export type DeskRevocationReason = (typeof DESK_REVOCATION_REASONS)[number];

/** Reasons whose revocation must say what happened: the next reader has to act on it. */
const NOTE_REQUIRED: ReadonlySet<DeskRevocationReason> = new Set(['error', 'fraud']);

export type RevokeForm = { readonly reason: DeskRevocationReason | ''; readonly note: string };

export type RevokeProblem = 'reason-missing' | 'note-missing' | 'note-too-long';
export type RevokeRefusal = 'already-revoked' | 'certificate-unsigned' | 'duplicate';

export const REVOKE_MESSAGES: MessageTable<RevokeProblem | RevokeRefusal | WriteFailure> = {
  'reason-missing': {
    ru: 'Выберите причину аннулирования',
    en: 'Choose the reason for revoking',
  },
  'note-missing': {
    ru: 'При ошибке или недостоверных сведениях опишите, что случилось',
    en: 'For an error or false information, describe what happened',
  },
  'note-too-long': {
    ru: 'Пояснение — не более 500 символов',
    en: 'The note is at most 500 characters',
  },
  'already-revoked': {
    ru: 'Справка уже аннулирована.',
    en: 'The certificate is already revoked.',
  },
  'certificate-unsigned': {
    ru: 'У справки нет подписанного QR-кода: аннулировать в реестре отзыва нечего.',
    en: 'The certificate has no signed QR code: there is nothing to put on the revocation list.',
  },
  duplicate: {
    ru: 'Аннулируется оригинал справки; дубликаты аннулируются вместе с ним.',
    en: 'Revoke the original certificate; its duplicates are revoked with it.',
  },
  ...WRITE_MESSAGES,
};

export type CheckedRevocation = {
  readonly reason: DeskRevocationReason;
  readonly note: string | undefined;
};

/** The form's answer as a revocation's reason and note, or the problem with one field. */
export function checkRevokeForm(form: RevokeForm): Result<CheckedRevocation, RevokeProblem> {
  if (form.reason === '') return fail('reason-missing');
  const typed = form.note.trim();
  if (typed === '') {
    return NOTE_REQUIRED.has(form.reason)
      ? fail('note-missing')
      : ok({ reason: form.reason, note: undefined });
  }
  const note = reasonTextSchema.safeParse(typed);
  return note.success ? ok({ reason: form.reason, note: note.data }) : fail('note-too-long');
}

/** Writes the revocation of `certificate` (the original, never a duplicate) offline. */
export async function revokeCertificate(
  env: Pick<DeskEnv, 'db' | 'write' | 'now' | 'random' | 'recordBase'>,
  certificate: CertificateRecord,
  form: RevokeForm,
): Promise<Result<RevocationRecord, RevokeProblem | RevokeRefusal | WriteFailure>> {
  const checked = checkRevokeForm(form);
  if (!checked.ok) return checked;
  if (certificate.duplicateOf !== undefined) return fail('duplicate');
  if (certificate.rid === undefined) return fail('certificate-unsigned');
  const existing = await recordsWhere(env.db, 'revocation', 'certificateId', certificate.id);
  if (existing.length > 0) return fail('already-revoked');
  const revocation: RevocationRecord = {
    ...env.recordBase(),
    kind: 'revocation',
    id: newId<RevocationId>(env.now, env.random),
    certificateId: certificate.id,
    rid: certificate.rid,
    reason: checked.value.reason,
    ...(checked.value.note === undefined ? {} : { note: checked.value.note }),
    at: env.now().toISOString(),
  };
  return writeRecord(env.db, revocation, env.write);
}
