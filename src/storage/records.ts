import type { EntityTable } from 'dexie';
import type { NumberSeries, SerialNumber } from '../core/contract/number';
import { formatNumber } from '../core/contract/number';
import type { MessageTable } from '../core/bilingual';
import type { RandomBytes, StaffId } from '../core/ids';
import { newId } from '../core/ids';
import type { StaffRole } from '../core/protocol/session';
import type { PermissionReason } from '../core/records/permissions';
import { checkWrite, PERMISSION_MESSAGES } from '../core/records/permissions';
import type { ClinicRecord, RecordKind, RecordOfKind, UpdateReason } from '../core/records/record';
import {
  checkUpdate,
  clinicRecordSchema,
  RECORD_KINDS,
  UPDATE_MESSAGES,
} from '../core/records/record';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { EnvelopeRow, SeroDeskDatabase } from './database';
import { indexKeys } from './indexKeys';
import { takeNumber } from './tablet';

// Writing a clinic record on the tablet. The record and its outbox entry are written in ONE
// Dexie transaction (DESIGN: "Writing a record and its outbox entry is one Dexie
// transaction"), so the outbox can never miss a saved record nor carry one that was not
// saved. The role check and the immutability rule run here, below every screen.

export type WriteContext = {
  readonly role: StaffRole;
  /**
   * Who is writing. The desk always says; an edit of an existing record is then stamped
   * `updatedBy`/`updatedAt`, so the register checks the editor's role, not the author's.
   */
  readonly staffId?: StaffId;
  readonly now: () => Date;
  readonly random: RandomBytes;
};

export type WriteFailure =
  'invalid-record' | 'record-in-conflict' | PermissionReason | UpdateReason;

export const WRITE_MESSAGES: MessageTable<WriteFailure> = {
  'invalid-record': {
    ru: 'Запись заполнена неверно и не сохранена',
    en: 'The record is not valid and was not saved',
  },
  'record-in-conflict': {
    ru: 'У записи есть расхождение с регистром: сначала разрешите его в разделе «Расхождения»',
    en: 'The record is in conflict with the register: resolve it under “Problems” first',
  },
  ...PERMISSION_MESSAGES,
  ...UPDATE_MESSAGES,
};

const TABLES = {
  person: 'persons',
  application: 'applications',
  contract: 'contracts',
  sample: 'samples',
  result: 'results',
  certificate: 'certificates',
  revocation: 'revocations',
} as const satisfies { readonly [K in RecordKind]: keyof SeroDeskDatabase };

export function tableOf(db: SeroDeskDatabase, kind: RecordKind): EntityTable<EnvelopeRow, 'id'> {
  return db[TABLES[kind]];
}

/** Every clinic-record table, for a transaction that may touch any kind. */
export function recordTables(db: SeroDeskDatabase): EntityTable<EnvelopeRow, 'id'>[] {
  return RECORD_KINDS.map((kind) => tableOf(db, kind));
}

function parseRow<K extends RecordKind>(kind: K, row: EnvelopeRow): RecordOfKind<K> | undefined {
  const parsed = clinicRecordSchema.safeParse(row.record);
  if (parsed.success && parsed.data.kind === kind) return parsed.data as RecordOfKind<K>;
  console.error(`A stored ${kind} row ${row.id} does not match its schema; it is not shown`);
  return undefined;
}

/** The checks that need no database: the record's schema and the writer's role. */
function checkRecord(
  record: ClinicRecord,
  context: WriteContext,
): Result<ClinicRecord, WriteFailure> {
  const parsed = clinicRecordSchema.safeParse(record);
  if (!parsed.success) return fail('invalid-record', parsed.error.message);
  const permitted = checkWrite(context.role, parsed.data);
  return permitted.ok ? ok(parsed.data) : permitted;
}

/** The record as written: an edit names its editor when the writer is known. */
function stamped(record: ClinicRecord, isEdit: boolean, context: WriteContext): ClinicRecord {
  if (!isEdit || context.staffId === undefined) return record;
  return { ...record, updatedBy: context.staffId, updatedAt: context.now().toISOString() };
}

/**
 * The register's own version of a record while a local edit of it waits: kept on the
 * envelope (`registerRecord`) so that discarding a refused edit can put it back offline
 * (see syncProblems.ts). Taken from a synced or conflicting envelope, carried forward
 * through further edits, and dropped by the envelope the register's answer writes.
 */
function registerRecordOf(existing: EnvelopeRow): unknown {
  if (existing.sync.state === 'synced' || existing.sync.state === 'conflict') {
    return existing.sync.version > 0 ? existing.record : undefined;
  }
  return existing[REGISTER_RECORD_KEY];
}

export const REGISTER_RECORD_KEY = 'registerRecord';

/** Puts a checked record and its outbox entry; call inside a transaction over both tables. */
export async function putWithOutbox<R extends ClinicRecord>(
  db: SeroDeskDatabase,
  record: R,
  context: WriteContext,
): Promise<Result<R, WriteFailure>> {
  const table = tableOf(db, record.kind);
  const existing = await table.get(record.id);
  const parsed = checkRecord(stamped(record, existing !== undefined, context), context);
  if (!parsed.ok) return parsed;

  let version = 0;
  let registerRecord: unknown = undefined;
  // An edit over a conflict would drop the tablet's side unseen; resolving writes through
  // here too, after it has settled the envelope (syncProblems.resolveConflict).
  if (existing?.sync.state === 'conflict') return fail('record-in-conflict');
  if (existing !== undefined) {
    const before = parseRow(record.kind, existing);
    if (before !== undefined) {
      const allowed = checkUpdate(before, parsed.value);
      if (!allowed.ok) return allowed;
    }
    version = existing.sync.version;
    registerRecord = registerRecordOf(existing);
  }
  await table.put({
    id: record.id,
    record: parsed.value,
    sync: { state: 'pending', version },
    ...indexKeys(parsed.value),
    ...(registerRecord === undefined ? {} : { [REGISTER_RECORD_KEY]: registerRecord }),
  });
  await db.outbox.add({
    opId: newId(context.now, context.random),
    kind: record.kind,
    recordId: record.id,
    record: parsed.value,
    baseVersion: version,
    queuedAt: context.now().toISOString(),
    state: 'queued',
  });
  // The schema check returns the same kind it was given, now with its editor stamped.
  return ok(parsed.value as R);
}

export async function writeRecord<R extends ClinicRecord>(
  db: SeroDeskDatabase,
  record: R,
  context: WriteContext,
): Promise<Result<R, WriteFailure>> {
  return db.transaction('rw', tableOf(db, record.kind), db.outbox, () =>
    putWithOutbox(db, record, context),
  );
}

/**
 * Writes a record that takes this tablet's next contract or certificate number. The number,
 * the record and its outbox entry share one transaction: a refused record spends no number.
 */
export async function writeNumberedRecord<R extends ClinicRecord>(
  db: SeroDeskDatabase,
  kind: R['kind'],
  numbering: Parameters<typeof takeNumber>[2] & { series: NumberSeries },
  build: (number: SerialNumber) => R,
  context: WriteContext,
): Promise<Result<R, WriteFailure>> {
  // Check the record with a stand-in number first: a refusal then never touches the counter.
  const probe = checkRecord(build(formatNumber({ ...numbering, sequence: 1 })), context);
  if (!probe.ok) return probe;
  return db.transaction('rw', [tableOf(db, kind), db.outbox, db.meta], async () => {
    const number = await takeNumber(db, numbering.series, numbering);
    const written = await putWithOutbox(db, build(number), context);
    // A new numbered record cannot clash with a stored one; if it somehow does, throwing
    // rolls the counter back with everything else.
    if (!written.ok) throw new Error(`numbered ${kind} refused: ${written.reason}`);
    return written;
  });
}

export type StoredRecord<K extends RecordKind> = {
  readonly record: RecordOfKind<K>;
  readonly sync: EnvelopeRow['sync'];
};

export async function readRecord<K extends RecordKind>(
  db: SeroDeskDatabase,
  kind: K,
  id: string,
): Promise<StoredRecord<K> | undefined> {
  const row = await tableOf(db, kind).get(id);
  if (row === undefined) return undefined;
  const record = parseRow(kind, row);
  return record === undefined ? undefined : { record, sync: row.sync };
}

/** Records of one kind whose index `key` equals `value` (e.g. contracts of an application). */
export async function recordsWhere<K extends RecordKind>(
  db: SeroDeskDatabase,
  kind: K,
  key: string,
  value: string,
): Promise<StoredRecord<K>[]> {
  const rows = await tableOf(db, kind).where(key).equals(value).toArray();
  return rows.flatMap((row) => {
    const record = parseRow(kind, row);
    return record === undefined ? [] : [{ record, sync: row.sync }];
  });
}
