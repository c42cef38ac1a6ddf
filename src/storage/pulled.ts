import type { NumberSeries } from '../core/contract/number';
import type { PulledChange } from '../core/protocol/sync';
import type { ClinicRecord } from '../core/records/record';
import { clinicRecordSchema, RECORD_KINDS } from '../core/records/record';
import type { EnvelopeRow, SeroDeskDatabase } from './database';
import { indexKeys } from './indexKeys';
import { META, readMeta, writeMeta } from './metaKeys';
import { recordTables, REGISTER_RECORD_KEY, tableOf } from './records';
import { raiseCountersPast } from './tablet';

// Rows pulled from the register, saved with the new cursor in ONE Dexie transaction: a tablet
// that dies half-way through a page either has the page and its cursor or neither, so it
// never skips rows nor counts them twice.
//
//   meta["sync:cursor"]  4812   the register sequence up to which this tablet has everything
//
// A pulled row never silently replaces a local edit: while the record has an op waiting in
// the outbox (pending or sending), the row is left out, and the push that follows is merged
// at the register, whose answer brings the merged record. A record in conflict takes the
// register's newer version but stays "conflict" until a person resolves it; one whose edit the
// register refused keeps the refused content and state, and keeps the register's newer record
// beside it for a discard to go back to.

export async function loadCursor(db: SeroDeskDatabase): Promise<number> {
  return (await readMeta(db, META.syncCursor)) ?? 0;
}

export type PulledOutcome = {
  /** Rows written to this tablet. */
  readonly saved: number;
  /** Rows left out: older than what the tablet holds, or under a waiting local edit. */
  readonly kept: number;
  /** Rows that did not match this app's record schema (a newer register?); logged. */
  readonly unreadable: number;
};

function parseChange(change: PulledChange): ClinicRecord | undefined {
  const parsed = clinicRecordSchema.safeParse(change.record);
  if (!parsed.success) return undefined;
  return { ...parsed.data, version: change.version };
}

/** The envelope to store for a pulled record, or undefined to keep what the tablet has. */
function merged(existing: EnvelopeRow | undefined, record: ClinicRecord): EnvelopeRow | undefined {
  // "pending" and "sending" are the states of a record with an op in the outbox (outbox.ts):
  // read off the envelope, not by reading the outbox for every page (issue #14).
  if (existing?.sync.state === 'pending' || existing?.sync.state === 'sending') return undefined;
  if (existing?.sync.state === 'rejected') return underRefusedEdit(existing, record);
  if (existing !== undefined && existing.sync.version >= record.version) return undefined;
  if (existing?.sync.state === 'conflict') {
    return {
      ...existing,
      record,
      sync: { ...existing.sync, version: record.version },
      ...indexKeys(record),
    };
  }
  return {
    id: record.id,
    record,
    sync: { state: 'synced', version: record.version },
    ...indexKeys(record),
  };
}

/**
 * A record whose edit the register refused keeps the refused content and its base version
 * (a retry must merge from that base), and takes the register's newer record only as the
 * copy a discard goes back to (syncProblems.ts). Showing it "synced" would hide the refusal.
 */
function underRefusedEdit(existing: EnvelopeRow, record: ClinicRecord): EnvelopeRow | undefined {
  const kept = clinicRecordSchema.safeParse(existing[REGISTER_RECORD_KEY]);
  const keptVersion = kept.success ? kept.data.version : existing.sync.version;
  if (keptVersion >= record.version) return undefined;
  return { ...existing, [REGISTER_RECORD_KEY]: record };
}

function numbersOf(records: readonly ClinicRecord[]) {
  const numbered: { series: NumberSeries; number: string }[] = [];
  for (const record of records) {
    if (record.kind === 'contract' || record.kind === 'certificate') {
      numbered.push({ series: record.kind, number: record.number });
    }
  }
  return numbered;
}

export async function applyPulled(
  db: SeroDeskDatabase,
  changes: readonly PulledChange[],
  cursor: number,
): Promise<PulledOutcome> {
  const tables = recordTables(db);
  return db.transaction('rw', [db.meta, db.outbox, ...tables], async () => {
    let saved = 0;
    let kept = 0;
    let unreadable = 0;
    const records: ClinicRecord[] = [];
    for (const change of changes) {
      const record = parseChange(change);
      if (record === undefined) {
        unreadable += 1;
        console.error(`A pulled row (seq ${change.seq}) does not match the record schema`);
      } else {
        records.push(record);
      }
    }
    for (const kind of RECORD_KINDS) {
      const ofKind = records.filter((record) => record.kind === kind);
      if (ofKind.length === 0) continue;
      const table = tableOf(db, kind);
      const existing = await table.bulkGet(ofKind.map((record) => record.id));
      const rows: EnvelopeRow[] = [];
      ofKind.forEach((record, index) => {
        const row = merged(existing[index], record);
        if (row === undefined) kept += 1;
        else rows.push(row);
      });
      await table.bulkPut(rows);
      saved += rows.length;
    }
    await raiseCountersPast(db, numbersOf(records));
    await writeMeta(db, META.syncCursor, cursor);
    return { saved, kept, unreadable };
  });
}
