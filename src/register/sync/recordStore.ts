import type { Insertable, Kysely, Transaction } from 'kysely';
import type { ClinicRecord } from '../../core/records/record';
import type { StoredTarget } from '../../core/records/revocationTarget';
import { statementCarrierOf, statementIdOf as ruleStatementIdOf } from '../../core/rules/ruleFacts';
import type { ClinicRecordTable, RegisterTables } from '../db/tables';
import { receiptColumns } from './receiptColumns';
import { parseRecord } from './recordCheck';

// SQL access for sync: the clinic records as they are now and their version history (tables
// described in db/migrations/0003_sync.ts; the sequence counter is seqCounter.ts, the op log
// answerStore.ts). Every row read back goes through a schema.

export type SyncTx = Transaction<RegisterTables>;
/** A transaction or the database itself, for reads that need no lock. */
export type SyncReader = Kysely<RegisterTables>;

export type StoredRecord = {
  readonly record: ClinicRecord;
  readonly version: number;
  readonly seq: number;
  readonly tabletId: string;
};

/** A stored body back as a record, through the kind's schema (recordCheck.ts). */
export function parseRecordBody(text: string): ClinicRecord {
  return parseRecord(JSON.parse(text));
}

/**
 * A record of one clinic. Every lookup made on a tablet's or a staff member's behalf goes
 * through here, so a record of another clinic is never read for them.
 */
export async function loadClinicRecord(
  tx: SyncReader,
  clinicId: string,
  id: string,
): Promise<ClinicRecord | undefined> {
  const row = await tx
    .selectFrom('clinic_record')
    .select('body')
    .where('clinic_id', '=', clinicId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : parseRecordBody(row.body);
}

/**
 * The record of this id when it is one clinic's, or whether another clinic holds the id
 * (its body is then not parsed): one query where a lookup by clinic and then by id alone
 * took two for every new record pushed (issue #14).
 */
export async function lookUpClinicRecord(
  tx: SyncReader,
  clinicId: string,
  id: string,
): Promise<ClinicRecord | 'other-clinic' | undefined> {
  const row = await tx
    .selectFrom('clinic_record')
    .select(['clinic_id', 'body'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return row.clinic_id === clinicId ? parseRecordBody(row.body) : 'other-clinic';
}

/** A record's row as a batch's look-ups read it (newRecordRun.lookUpBatch, writtenContent.ts). */
export type RecordRow = {
  readonly id: string;
  readonly clinic_id: string;
  readonly version: number;
  readonly body: string;
};

/** The rows of these ids, whichever clinic holds them: one query per 500 ids (SQLite's limit). */
export async function recordRowsByIds(
  tx: SyncTx,
  ids: readonly string[],
): Promise<Map<string, RecordRow>> {
  const unique = [...new Set(ids)];
  const rows = new Map<string, RecordRow>();
  for (let start = 0; start < unique.length; start += 500) {
    const found = await tx
      .selectFrom('clinic_record')
      .select(['id', 'clinic_id', 'version', 'body'])
      .where('id', 'in', unique.slice(start, start + 500))
      .execute();
    for (const row of found) rows.set(row.id, row);
  }
  return rows;
}

/**
 * By id alone, for the writing path only: a pushed record's id may already be taken by
 * another clinic's record, and applyOp must refuse it (record-identity-changed) rather than
 * insert a second row under the same key.
 */
export async function loadRecord(tx: SyncTx, id: string): Promise<StoredRecord | undefined> {
  const row = await tx
    .selectFrom('clinic_record')
    .select(['body', 'version', 'seq', 'tablet_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    record: parseRecordBody(row.body),
    version: row.version,
    seq: row.seq,
    tabletId: row.tablet_id,
  };
}

export type RecordVersion = {
  readonly version: number;
  readonly record: ClinicRecord;
  readonly tabletId: string;
};

/**
 * Versions `from`… of a record up to its current one, oldest first (what a merge needs since
 * its base): the history's rows (migration 0015: the versions the record has left behind),
 * then the current version, which is the record's own row.
 */
export async function loadVersions(
  tx: SyncTx,
  current: StoredRecord,
  from: number,
): Promise<RecordVersion[]> {
  const rows = await tx
    .selectFrom('clinic_record_version')
    .select(['version', 'body', 'tablet_id'])
    .where('record_id', '=', current.record.id)
    .where('version', '>=', from)
    .where('version', '<', current.version)
    .orderBy('version')
    .execute();
  const history = rows.map((row) => ({
    version: row.version,
    record: parseRecordBody(row.body),
    tabletId: row.tablet_id,
  }));
  if (current.version < from) return history;
  return [
    ...history,
    { version: current.version, record: current.record, tabletId: current.tabletId },
  ];
}

/**
 * The statement a record belongs to (clinic_record.application_id, migrations 0008 and 0017):
 * a result names only its sample, so it takes the sample's statement; a revocation names only
 * its certificate, so it takes the certificate's.
 */
async function statementIdOf(tx: SyncTx, record: ClinicRecord): Promise<string | null> {
  const found = new Map<string, StoredTarget>();
  const named = statementCarrierOf(record);
  if (named !== undefined) {
    const stored = await loadClinicRecord(tx, record.clinicId, named);
    if (stored !== undefined) found.set(named, { found: 'record', record: stored });
  }
  return ruleStatementIdOf(record, found) ?? null;
}

/** Every record of one statement of one clinic, oldest change first. */
export async function loadStatementRecords(
  tx: SyncReader,
  clinicId: string,
  applicationId: string,
): Promise<ClinicRecord[]> {
  const rows = await tx
    .selectFrom('clinic_record')
    .select('body')
    .where('clinic_id', '=', clinicId)
    .where('application_id', '=', applicationId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => parseRecordBody(row.body));
}

/** A version of a record as a tablet's op writes it. */
export type VersionWrite = {
  readonly record: ClinicRecord;
  readonly version: number;
  readonly seq: number;
  readonly tabletId: string;
  readonly at: string;
};

/** A new record's row (writeVersion one at a time, newRecordRun.ts a run at once). */
export function newRecordRow(
  write: VersionWrite,
  applicationId: string | null,
): Insertable<ClinicRecordTable> {
  return {
    id: write.record.id,
    clinic_id: write.record.clinicId,
    kind: write.record.kind,
    body: JSON.stringify(write.record),
    version: write.version,
    seq: write.seq,
    created_by: write.record.createdBy,
    tablet_id: write.tabletId,
    updated_at: write.at,
    application_id: applicationId,
    ...receiptColumns(write.record),
  };
}

/**
 * Writes a new version of a record (insert or update). The version it replaces moves into the
 * history first, copied from the record's row by the database (migration 0015): a new
 * record's first version has no history row until it is replaced.
 *
 *   update r1 to version 3:  clinic_record_version += (r1, 2, <body 2>, …)   clinic_record r1 = version 3
 */
export async function writeVersion(
  tx: SyncTx,
  write: VersionWrite & { readonly isNew: boolean },
): Promise<void> {
  const applicationId = await statementIdOf(tx, write.record);
  if (write.isNew) {
    await tx.insertInto('clinic_record').values(newRecordRow(write, applicationId)).execute();
    return;
  }
  const body = JSON.stringify(write.record);
  await tx
    .insertInto('clinic_record_version')
    .columns(['record_id', 'version', 'body', 'tablet_id', 'seq', 'written_at'])
    .expression((eb) =>
      eb
        .selectFrom('clinic_record')
        .select(['id', 'version', 'body', 'tablet_id', 'seq', 'updated_at'])
        .where('id', '=', write.record.id),
    )
    .execute();
  await tx
    .updateTable('clinic_record')
    .set({
      body,
      version: write.version,
      seq: write.seq,
      tablet_id: write.tabletId,
      updated_at: write.at,
      application_id: applicationId,
      ...receiptColumns(write.record),
    })
    .where('id', '=', write.record.id)
    .execute();
}
