// A duplicate is a reprint of a lost or damaged certificate: a record of its own (so the
// register knows a second paper exists, who printed it and why), with the same number,
// decision, validity and the very same signed card — a duplicate never makes a new QR, so
// revoking the original's rid withdraws every paper copy at once. The reason is required:
// a choice is stored as its Russian word, whatever the desk's language, so every tablet and
// the register read the same text; "other" stores what the clerk typed. Written:
//   {"kind":"certificate","duplicateOf":"0193…c1","duplicateReason":"Утеря",
//    "number":"KAM01-T03-2026-000017","shcJws":"eyJ…", …the original's content}
import type { Bilingual, MessageTable } from '../core/bilingual';
import type { CertificateId } from '../core/ids';
import { newId } from '../core/ids';
import { reasonTextSchema } from '../core/records/base';
import type { CertificateRecord } from '../core/records/certificate';
import { checkWrite } from '../core/records/permissions';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { RecordSync } from '../storage/database';
import type { StoredRecord } from '../storage/records';
import { writeRecord } from '../storage/records';
import type { DeskEnv } from './env';
import { isInForce } from './statementStage';
import type { WriteFailure } from './writeFailure';
import { WRITE_MESSAGES } from './writeFailure';

export const DUPLICATE_CAUSES = ['lost', 'damaged', 'other'] as const;
export type DuplicateCause = (typeof DUPLICATE_CAUSES)[number];

/** The offered causes; the Russian word is what the record stores. */
export const DUPLICATE_CAUSE_TEXT: { readonly [C in Exclude<DuplicateCause, 'other'>]: Bilingual } =
  {
    lost: { ru: 'Утеря', en: 'Lost' },
    damaged: { ru: 'Порча', en: 'Damaged' },
  };

export type DuplicateForm = { readonly cause: DuplicateCause | ''; readonly note: string };

export type DuplicateProblem = 'reason-missing' | 'reason-too-long';

export const ISSUE_DUPLICATE_MESSAGES: MessageTable<DuplicateProblem | WriteFailure> = {
  'reason-missing': {
    ru: 'Укажите причину выдачи дубликата',
    en: 'Give the reason for issuing a duplicate',
  },
  'reason-too-long': {
    ru: 'Причина — не более 500 символов',
    en: 'The reason is at most 500 characters',
  },
  ...WRITE_MESSAGES,
};

/** The form's answer as the text a duplicate stores, or what is wrong with it. */
export function duplicateReasonOf(form: DuplicateForm): Result<string, DuplicateProblem> {
  if (form.cause === '') return fail('reason-missing');
  if (form.cause !== 'other') return ok(DUPLICATE_CAUSE_TEXT[form.cause].ru);
  if (form.note.trim() === '') return fail('reason-missing');
  const typed = reasonTextSchema.safeParse(form.note);
  return typed.success ? ok(typed.data) : fail('reason-too-long');
}

/** A stored reason in the desk's language: a cause's word translated, typed text as typed. */
export function duplicateReasonLabel(reason: string): Bilingual {
  const cause = Object.values(DUPLICATE_CAUSE_TEXT).find((text) => text.ru === reason);
  return cause ?? { ru: reason, en: reason };
}

export function duplicateOf(
  original: CertificateRecord,
  env: Pick<DeskEnv, 'recordBase' | 'now' | 'random'>,
  reason?: string,
): CertificateRecord {
  return {
    ...original,
    ...env.recordBase(),
    id: newId<CertificateId>(env.now, env.random),
    duplicateOf: original.duplicateOf ?? original.id,
    ...(reason === undefined ? {} : { duplicateReason: reason }),
  };
}

/**
 * Whether this member may reprint `certificate` now: only an original in force (a revoked
 * card is never reprinted, a duplicate is reprinted from its original), and only in a role
 * that may write a certificate duplicate.
 */
export function mayIssueDuplicate(
  env: Pick<DeskEnv, 'recordBase' | 'now' | 'random'> & {
    readonly staff: Pick<DeskEnv['staff'], 'role'>;
  },
  certificate: CertificateRecord,
  sync: RecordSync,
  revocations: readonly StoredRecord<'revocation'>[],
): boolean {
  return (
    isInForce(certificate, sync, revocations) &&
    checkWrite(env.staff.role, duplicateOf(certificate, env)).ok
  );
}

/** Writes the duplicate of `original` offline, refused without a reason. */
export async function issueDuplicate(
  env: Pick<DeskEnv, 'db' | 'write' | 'recordBase' | 'now' | 'random'>,
  original: CertificateRecord,
  form: DuplicateForm,
): Promise<Result<CertificateRecord, DuplicateProblem | WriteFailure>> {
  const reason = duplicateReasonOf(form);
  if (!reason.ok) return reason;
  return writeRecord(env.db, duplicateOf(original, env, reason.value), env.write);
}
