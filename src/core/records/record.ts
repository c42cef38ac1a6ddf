// The clinic records that sync between tablets and the register, as one discriminated union
// on `kind`, and the rule of which may still change. DESIGN: signed certificates, results
// and paid contracts are immutable; corrections are new records that supersede, revocations
// are new records. Every row read from IndexedDB, SQL or a sync body goes through
// `clinicRecordSchema` before use (a pulled person is stored after a check of its search
// fields, and read through the schema: storage/pulledPerson.ts).
import { z } from 'zod';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { MessageTable } from '../bilingual';
import { applicationRecordSchema } from './application';
import { changedFields } from './merge';
import { certificateRecordSchema } from './certificate';
import { contractRecordSchema } from './contract';
import { personRecordSchema } from './person';
import { resultRecordSchema } from './result';
import { revocationRecordSchema } from './revocation';
import { sampleRecordSchema } from './sample';
import type { RecordKind } from './recordKinds';

export type { RecordKind } from './recordKinds';
export { isRecordKind, RECORD_KINDS } from './recordKinds';

// Each kind's schema, and the union below, is built at its first parse (base.ts says why): a
// reader that knows the kind (storage/records.ts) parses with `RECORD_SCHEMAS[kind]` and
// builds that kind's schema only.
export const RECORD_SCHEMAS = {
  person: personRecordSchema,
  application: applicationRecordSchema,
  contract: contractRecordSchema,
  sample: sampleRecordSchema,
  result: resultRecordSchema,
  certificate: certificateRecordSchema,
  revocation: revocationRecordSchema,
} as const satisfies { readonly [K in RecordKind]: z.ZodType }; // every kind, no other

export const clinicRecordSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    personRecordSchema,
    applicationRecordSchema,
    contractRecordSchema,
    sampleRecordSchema,
    resultRecordSchema,
    certificateRecordSchema,
    revocationRecordSchema,
  ]),
);
export type ClinicRecord = z.infer<typeof clinicRecordSchema>;
export type RecordOfKind<K extends RecordKind> = Extract<ClinicRecord, { kind: K }>;

/**
 * Whether the record is final, so that no later write may change it:
 *   certificate, revocation — always (created final);
 *   result — once `final`;
 *   contract — once paid, cancelled or refunded, except that a paid contract may still be
 *     refunded (see `checkUpdate`);
 *   person, application, sample — mutable (merged field by field by the sync).
 */
export function isImmutable(record: ClinicRecord): boolean {
  switch (record.kind) {
    case 'certificate':
    case 'revocation':
      return true;
    case 'result':
      return record.final;
    case 'contract':
      return record.status !== 'draft';
    case 'person':
    case 'application':
    case 'sample':
      return false;
  }
}

export type UpdateReason = 'record-immutable' | 'record-identity-changed';

export const UPDATE_MESSAGES: MessageTable<UpdateReason> = {
  'record-immutable': {
    ru: 'Запись окончательная и не может быть изменена; оформите исправление новой записью',
    en: 'The record is final and cannot be changed; make a correction as a new record',
  },
  'record-identity-changed': {
    ru: 'Нельзя изменить вид, номер или клинику записи',
    en: 'A record’s kind, id or clinic cannot change',
  },
};

// The only fields a paid contract may change, and only to become refunded.
const REFUND_FIELDS = new Set(['status', 'cancelReason', 'cancelledAt', 'refundReceipt']);

/**
 * The fields in which `after` changes an immutable `before` (same record id) against the rule
 * above: none when the change is allowed. Typed, so the register can name them in a conflict
 * answer without parsing a message.
 */
export function forbiddenChanges(before: ClinicRecord, after: ClinicRecord): string[] {
  const changed = changedFields(before, after);
  if (changed.length === 0 || !isImmutable(before)) return [];
  if (
    before.kind === 'contract' &&
    after.kind === 'contract' &&
    before.status === 'paid' &&
    after.status === 'refunded' &&
    changed.every((field) => REFUND_FIELDS.has(field))
  ) {
    return [];
  }
  return changed;
}

/** Whether `after` may replace `before` (same record id), by the immutability rule above. */
export function checkUpdate(before: ClinicRecord, after: ClinicRecord): Result<void, UpdateReason> {
  if (before.kind !== after.kind || before.id !== after.id || before.clinicId !== after.clinicId) {
    return fail('record-identity-changed');
  }
  const forbidden = forbiddenChanges(before, after);
  return forbidden.length === 0 ? ok(undefined) : fail('record-immutable', forbidden.join(','));
}
