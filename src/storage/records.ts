import type { NumberSeries, SerialNumber } from '../core/contract/number';
import { formatNumber } from '../core/contract/number';
import type { MessageTable } from '../core/bilingual';
import type { RandomBytes, StaffId } from '../core/ids';
import { newId } from '../core/ids';
import type { StaffRole } from '../core/protocol/session';
import type { PermissionReason } from '../core/records/permissions';
import { checkWrite, PERMISSION_MESSAGES } from '../core/records/permissions';
import type { ClinicRecord, RecordKind, RecordOfKind, UpdateReason } from '../core/records/record';
import { inCanonicalOrder } from '../core/records/canonicalJson';
import {
  checkUpdate,
  clinicRecordSchema,
  RECORD_SCHEMAS,
  UPDATE_MESSAGES,
} from '../core/records/record';
import type { Result } from '../core/result';
import type { RuleSettings } from '../core/rules/recordRules';
import { checkRecordRules } from '../core/rules/recordRules';
import type { RecordRuleReason } from '../core/rules/ruleReasons';
import { RECORD_RULE_MESSAGES } from '../core/rules/ruleReasons';
import { fail, ok } from '../core/result';
import type { EnvelopeRow, SeroDeskDatabase } from './database';
import { indexKeys } from './indexKeys';
import { REGISTER_RECORD_KEY } from './registerRecordKey';
import { pagedWhere, rowOf } from './pagedRecords';
import { settledRows } from './settledSync';
import { recordScope, tableOf } from './recordTables';
export { personScope, recordScope, recordTables, tableOf } from './recordTables';
import { gatherRuleFacts } from './ruleStore';
import { takeNumber } from './tablet';
import { codeUnitOrder } from './sortedEntries';

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
  /**
   * The clinic's settings and the region's policy, for the rules that tie a record to its
   * statement (src/core/rules/recordRules.ts): the desk always passes them (DeskEnv.write).
   * Only storage's own tests, which write records one at a time, leave them out.
   */
  readonly rules?: RuleSettings;
};

export type WriteFailure =
  'invalid-record' | 'record-in-conflict' | PermissionReason | UpdateReason | RecordRuleReason;

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
  ...RECORD_RULE_MESSAGES,
};

function parseRow<K extends RecordKind>(kind: K, row: EnvelopeRow): RecordOfKind<K> | undefined {
  // The kind's own schema, not the union: the same answer for a row of this kind, and a
  // person search builds and runs the person's schema only (core/records/base.ts).
  const parsed = RECORD_SCHEMAS[kind].safeParse(row.record);
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

export { REGISTER_RECORD_KEY };

/**
 * Puts a checked record and its outbox entry. Call inside a transaction over the outbox and
 * `recordScope`: the rules read the record's whole statement.
 */
export async function putWithOutbox<R extends ClinicRecord>(
  db: SeroDeskDatabase,
  record: R,
  context: WriteContext,
): Promise<Result<R, WriteFailure>> {
  const table = tableOf(db, record.kind);
  // As the desk reads it: an envelope a push settled without writing it is synced at the
  // register's version, and that is the next op's base (settledSync.ts).
  // A record a first download stored by the page is read from its page; writing it here
  // puts it in its table, which shadows the page from then on (pagedRecords.ts).
  const [existing] = await settledRows(db, [await rowOf(db, record.kind, record.id)]);
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
  if (context.rules !== undefined) {
    const facts = await gatherRuleFacts(db, parsed.value);
    const ruled = checkRecordRules(parsed.value, facts, context.rules);
    if (!ruled.ok) return ruled;
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
    // Keys sorted: the register hashes what an op id stands for over this text, with no
    // sorted copy of its own (core/records/canonicalJson.ts, issue #14).
    record: inCanonicalOrder(parsed.value),
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
  return db.transaction('rw', [db.outbox, ...recordScope(db)], () =>
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
  try {
    return await db.transaction('rw', [db.outbox, db.meta, ...recordScope(db)], async () => {
      const number = await takeNumber(db, numbering.series, numbering);
      const written = await putWithOutbox(db, build(number), context);
      // Refused by the rules (which need the store, so cannot be probed before): throwing
      // rolls the counter back with everything else, and the refusal is answered below.
      if (!written.ok) throw new RefusedNumberedWrite(written);
      return written;
    });
  } catch (error) {
    if (error instanceof RefusedNumberedWrite) return error.refusal;
    throw error;
  }
}

class RefusedNumberedWrite extends Error {
  constructor(readonly refusal: Extract<Result<unknown, WriteFailure>, { ok: false }>) {
    super(`numbered record refused: ${refusal.reason}`);
  }
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
  const [row] = await settledRows(db, [await rowOf(db, kind, id)]);
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
  const rows = await settledRows(db, await tableOf(db, kind).where(key).equals(value).toArray());
  const paged = await pagedWhere(db, kind, key, value);
  // In id order, as the table's index gives equal keys, whichever holds each row.
  const all = paged.length === 0 ? rows : [...rows, ...paged].sort(byId);
  return storedOfRows(kind, all);
}

function byId(a: EnvelopeRow, b: EnvelopeRow): number {
  return codeUnitOrder(a.id, b.id);
}

/**
 * Records of one kind from rows already read (an index range) and settled (settledSync.ts);
 * rows the schema refuses are left out.
 */
export function storedOfRows<K extends RecordKind>(
  kind: K,
  rows: readonly EnvelopeRow[],
): StoredRecord<K>[] {
  return rows.flatMap((row) => {
    const record = parseRow(kind, row);
    return record === undefined ? [] : [{ record, sync: row.sync }];
  });
}
