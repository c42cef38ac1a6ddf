import { z } from 'zod';
import type { MessageTable } from '../core/bilingual';
import type { OpRejectReason } from '../core/protocol/sync';
import { carriesOwnCard, voidsCertificate } from '../core/protocol/voidingRefusals';
import { isOpRejectReason } from '../core/protocol/sync';
import { sameContent } from '../core/records/merge';
import type { ClinicRecord, RecordKind } from '../core/records/record';
import {
  clinicRecordSchema,
  isImmutable,
  isRecordKind,
  RECORD_KINDS,
} from '../core/records/record';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { CorrectableReceipt } from './correctableReceipt';
import { receiptToCorrect } from './correctableReceipt';
import type { EnvelopeRow, OutboxRow, SeroDeskDatabase } from './database';
import type { DiscardNote } from './discardLog';
import { readDiscarded } from './discardLog';
import { envelopeOf } from './indexKeys';
import type { WriteContext, WriteFailure } from './records';
import {
  putWithOutbox,
  recordScope,
  REGISTER_RECORD_KEY,
  tableOf,
  WRITE_MESSAGES,
} from './records';

// What the register did not take as the tablet sent it, and what a person decides about it.
//
//   conflict  the envelope holds the register's record, state "conflict", and a note
//             {fields: ["phone"], tabletRecord: {…phone: "+79140000004"…}}. Resolving picks,
//             per clashing field, "register" or "tablet"; the result is a new edit on top of
//             the register's version (base version = the register's), queued in the same
//             transaction, the note dropped. Keeping every register value queues nothing.
//   rejected  the outbox keeps the op {state: "rejected", reason: "unknown-author"}; it is
//             listed here with what was sent, and sent again or discarded in
//             refusedRecords.ts (discards are logged: discardLog.ts).

export type ConflictProblem = {
  readonly type: 'conflict';
  readonly kind: RecordKind;
  readonly recordId: string;
  /** The register's record now, with every field that did not clash merged in. */
  readonly register: ClinicRecord;
  /** This tablet's record as it was sent; undefined when the note cannot be read. */
  readonly tablet: ClinicRecord | undefined;
  readonly fields: readonly string[];
  /** False for a final record: only the register's values may stay (correct by a new record). */
  readonly canKeepTablet: boolean;
};

export type RejectedProblem = {
  readonly type: 'rejected';
  readonly kind: RecordKind;
  readonly recordId: string;
  /** The register's reason code; undefined for a code this app does not know. */
  readonly reason: OpRejectReason | undefined;
  readonly reasonCode: string;
  /** The register's detail of the refusal, if it gave one (for people or for the log). */
  readonly detail: string | undefined;
  /** The newest snapshot the register refused, as queued (saved to a file before a discard). */
  readonly sent: unknown;
  readonly record: ClinicRecord | undefined;
  /** The register's own version, when the tablet kept it while the edit waited. */
  readonly registerRecord: ClinicRecord | undefined;
  readonly queuedAt: string;
  /** Whether sending it again may pass once someone fixes the cause at the register. */
  readonly mayPassAfterFix: boolean;
  /**
   * A certificate refused for good that carries its own card (not a duplicate, nor one issued
   * without a QR): the register has put that card on the CRL (core/protocol/voidingRefusals.ts),
   * so the QR the citizen holds no longer admits.
   */
  readonly cardVoided: boolean;
  /** A contract refused for a receipt on another contract: the receipt to correct here. */
  readonly correctReceipt: CorrectableReceipt | undefined;
};

/** Reasons a fix elsewhere can cure: staff added or given a role, an updated register. */
export const RETRYABLE: ReadonlySet<string> = new Set<OpRejectReason>([
  'unknown-author',
  'role-may-not-write',
  'invalid-record',
  'op-id-reused',
  // A predecessor the register had refused arrives once it is fixed and sent again.
  'statement-unknown',
  'result-without-sample',
  // The clinic's settings may be put right (a kit accepted again, or named for the service).
  'certificate-checklist-failed',
  'sample-kit-not-of-service',
]);

export type SyncProblems = {
  readonly conflicts: readonly ConflictProblem[];
  readonly rejected: readonly RejectedProblem[];
  /** Refused records an administrator discarded on this tablet, newest first. */
  readonly discarded: readonly DiscardNote[];
};

/** Choice per clashing field: keep the register's value or put the tablet's back. */
export type ConflictChoice = Readonly<Record<string, 'register' | 'tablet'>>;

export type ProblemFailure =
  | WriteFailure
  | 'problem-gone'
  | 'choice-incomplete'
  | 'retry-cannot-pass'
  | 'discard-admin-only'
  | 'receipt-not-correctable';

export const PROBLEM_MESSAGES: MessageTable<ProblemFailure> = {
  ...WRITE_MESSAGES,
  'problem-gone': {
    ru: 'Этой проблемы уже нет: запись изменилась. Обновите список.',
    en: 'This problem is gone: the record has changed. Refresh the list.',
  },
  'choice-incomplete': {
    ru: 'Выберите значение для каждого расходящегося поля',
    en: 'Choose a value for every field that differs',
  },
  'retry-cannot-pass': {
    ru: 'Повторная отправка не поможет: регистр откажет по той же причине',
    en: 'Sending again will not help: the register would refuse it for the same reason',
  },
  'discard-admin-only': {
    ru: 'Удалить отклонённую запись может только администратор',
    en: 'Only an administrator may discard a refused record',
  },
  'receipt-not-correctable': {
    ru: 'Чек этого договора здесь исправить нельзя: сохраните запись в файл и обратитесь к администратору',
    en: 'This contract’s receipt cannot be corrected here: save the record to a file and ask an administrator',
  },
};

const conflictNoteSchema = z.object({ fields: z.array(z.string()), tabletRecord: z.unknown() });

export function parseRecord(value: unknown): ClinicRecord | undefined {
  const parsed = clinicRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function conflictOf(kind: RecordKind, row: EnvelopeRow): ConflictProblem | undefined {
  const register = parseRecord(row.record);
  if (register === undefined) return undefined;
  const note = conflictNoteSchema.safeParse(row['conflict']);
  const fields = note.success ? note.data.fields : (row.sync.reason ?? '').split(',');
  return {
    type: 'conflict',
    kind,
    recordId: row.id,
    register,
    tablet: note.success ? parseRecord(note.data.tabletRecord) : undefined,
    fields: fields.filter((field) => field !== ''),
    canKeepTablet: !isImmutable(register),
  };
}

function rejectedOf(
  chain: readonly OutboxRow[],
  envelope: EnvelopeRow | undefined,
): RejectedProblem | undefined {
  const last = chain.at(-1);
  if (last === undefined || !isRecordKind(last.kind)) return undefined;
  const code = last.reason ?? 'rejected';
  const registerRecord =
    envelope?.sync.state === 'synced'
      ? parseRecord(envelope.record)
      : parseRecord(envelope?.[REGISTER_RECORD_KEY]);
  const record = parseRecord(last.record);
  return {
    type: 'rejected',
    kind: last.kind,
    recordId: last.recordId,
    reason: isOpRejectReason(code) ? code : undefined,
    reasonCode: code,
    detail: last.detail,
    sent: last.record,
    record,
    registerRecord,
    queuedAt: last.queuedAt,
    mayPassAfterFix: RETRYABLE.has(code),
    cardVoided: record?.kind === 'certificate' && carriesOwnCard(record) && voidsCertificate(code),
    correctReceipt: receiptToCorrect({
      reasonCode: code,
      record: parseRecord(envelope?.record),
      registerRecord,
      registerVersion: envelope?.sync.version ?? 0,
    }),
  };
}

/** Every conflict and refused record on this tablet, and what was discarded. */
export async function listSyncProblems(db: SeroDeskDatabase): Promise<SyncProblems> {
  return db.transaction('r', [db.outbox, db.meta, ...recordScope(db)], async () => {
    const conflicts: ConflictProblem[] = [];
    for (const kind of RECORD_KINDS) {
      const rows = await tableOf(db, kind).where('sync.state').equals('conflict').toArray();
      for (const row of rows) {
        const problem = conflictOf(kind, row);
        if (problem !== undefined) conflicts.push(problem);
      }
    }
    const chains = new Map<string, OutboxRow[]>();
    const refused = await db.outbox.where('state').equals('rejected').sortBy('seq');
    for (const row of refused) chains.set(row.recordId, [...(chains.get(row.recordId) ?? []), row]);
    const rejected: RejectedProblem[] = [];
    for (const chain of chains.values()) {
      const kind = chain[0]?.kind ?? '';
      const envelope = isRecordKind(kind)
        ? await tableOf(db, kind).get(chain[0]?.recordId ?? '')
        : undefined;
      const problem = rejectedOf(chain, envelope);
      if (problem !== undefined) rejected.push(problem);
    }
    return { conflicts, rejected, discarded: await readDiscarded(db) };
  });
}

/**
 * Settles a conflict: the register's record with, for each clashing field, the chosen side's
 * value. Anything that differs from the register is written as this member's edit on top of
 * the register's version; `sent` says whether an op was queued.
 */
export async function resolveConflict(
  db: SeroDeskDatabase,
  kind: RecordKind,
  recordId: string,
  choice: ConflictChoice,
  context: WriteContext,
): Promise<Result<{ readonly sent: boolean }, ProblemFailure>> {
  const table = tableOf(db, kind);
  // Every record table: the resolved record is written through putWithOutbox and its rules.
  return db.transaction('rw', [db.outbox, ...recordScope(db)], async () => {
    const row = await table.get(recordId);
    if (row === undefined || row.sync.state !== 'conflict') return fail('problem-gone');
    const problem = conflictOf(kind, row);
    if (problem === undefined) return fail('invalid-record', 'the register’s record is unreadable');
    const missing = problem.fields.filter((field) => choice[field] === undefined);
    if (missing.length > 0) return fail('choice-incomplete', missing.join(','));
    const resolved: Record<string, unknown> = { ...problem.register };
    for (const field of problem.fields) {
      if (choice[field] !== 'tablet') continue;
      if (problem.tablet === undefined) return fail('invalid-record', 'tablet version unreadable');
      const value = (problem.tablet as Record<string, unknown>)[field];
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a cleared optional field
      if (value === undefined) delete resolved[field];
      else resolved[field] = value;
    }
    if (sameContent(resolved, problem.register)) {
      await table.put(envelopeOf(problem.register, { state: 'synced', version: row.sync.version }));
      return ok({ sent: false });
    }
    const record = parseRecord(resolved);
    if (record === undefined) return fail('invalid-record');
    // Settled first, so the edit below is written on top of the register's record.
    await table.put(envelopeOf(problem.register, { state: 'synced', version: row.sync.version }));
    const written = await putWithOutbox(db, record, context);
    if (written.ok) return ok({ sent: true });
    await table.put(row); // refused (e.g. the role): the conflict stays as it was
    return written;
  });
}
