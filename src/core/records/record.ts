// The clinic records that sync between tablets and the register, as one discriminated union
// on `kind`, and the rule of which may still change. DESIGN: signed certificates, results
// and paid contracts are immutable; corrections are new records that supersede, revocations
// are new records. Every row read from IndexedDB, SQL or a sync body goes through
// `clinicRecordSchema` before use.
import { z } from 'zod';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { MessageTable } from '../bilingual';
import { applicationRecordSchema } from './application';
import { BOOKKEEPING_FIELDS } from './base';
import { certificateRecordSchema } from './certificate';
import { contractRecordSchema } from './contract';
import { personRecordSchema } from './person';
import { resultRecordSchema } from './result';
import { revocationRecordSchema } from './revocation';
import { sampleRecordSchema } from './sample';

export const RECORD_SCHEMAS = {
  person: personRecordSchema,
  application: applicationRecordSchema,
  contract: contractRecordSchema,
  sample: sampleRecordSchema,
  result: resultRecordSchema,
  certificate: certificateRecordSchema,
  revocation: revocationRecordSchema,
} as const;

export type RecordKind = keyof typeof RECORD_SCHEMAS;
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as readonly RecordKind[];

export function isRecordKind(kind: unknown): kind is RecordKind {
  return typeof kind === 'string' && (RECORD_KINDS as readonly string[]).includes(kind);
}

export const clinicRecordSchema = z.discriminatedUnion('kind', [
  personRecordSchema,
  applicationRecordSchema,
  contractRecordSchema,
  sampleRecordSchema,
  resultRecordSchema,
  certificateRecordSchema,
  revocationRecordSchema,
]);
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

// Fields the register rewrites on accept, and who-edited-when bookkeeping (a refund sets the
// editor too); they never count as a change of content.
const SERVER_FIELDS = new Set(['version', ...BOOKKEEPING_FIELDS]);
// The only fields a paid contract may change, and only to become refunded.
const REFUND_FIELDS = new Set(['status', 'cancelReason', 'cancelledAt']);

/** JSON with object keys sorted and undefined members dropped: equal content, equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonical(member)}`).join(',')}}`;
  }
  // Records hold only JSON values (they come through zod), so this is a string here.
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter(
    (key) => !SERVER_FIELDS.has(key) && canonical(a[key]) !== canonical(b[key]),
  );
}

/** Whether `after` may replace `before` (same record id), by the immutability rule above. */
export function checkUpdate(before: ClinicRecord, after: ClinicRecord): Result<void, UpdateReason> {
  if (before.kind !== after.kind || before.id !== after.id || before.clinicId !== after.clinicId) {
    return fail('record-identity-changed');
  }
  const changed = changedFields(before, after);
  if (changed.length === 0 || !isImmutable(before)) return ok(undefined);
  if (
    before.kind === 'contract' &&
    after.kind === 'contract' &&
    before.status === 'paid' &&
    after.status === 'refunded' &&
    changed.every((field) => REFUND_FIELDS.has(field))
  ) {
    return ok(undefined);
  }
  return fail('record-immutable', changed.join(','));
}
