import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type { NumberSeries } from '../core/contract/number';
import type { PulledChange } from '../core/protocol/sync';
import type { RecordKind } from '../core/records/record';
import { clinicRecordSchema } from '../core/records/record';
import type { EnvelopeRow, SeroDeskDatabase } from './database';
import type { StorableRecord } from './indexKeys';
import { indexKeys } from './indexKeys';
import { META, deleteMeta, readMeta, writeMeta } from './metaKeys';
import { recordScope, REGISTER_RECORD_KEY, tableOf } from './records';
import { heldByTable, isPaged } from './pagedRecords';
import { storePage } from './pageParts';
import { readPulledPerson } from './pulledPerson';
import { settledRows } from './settledSync';
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

/**
 * Where the next pull starts, and whether it is a first download: one from cursor 0, or one
 * that went on from there and was cut off (a dropped satellite link, the tablet put away)
 * before its last page. The rest of such a download is stored as its start was, by the page
 * (issue #14), not as rows.
 */
export async function loadPullStart(
  db: SeroDeskDatabase,
): Promise<{ readonly cursor: number; readonly download: boolean }> {
  const cursor = await loadCursor(db);
  if (cursor === 0) return { cursor, download: true };
  return { cursor, download: (await readMeta(db, META.downloadUnfinished)) === true };
}

/**
 * Marks a first download begun (before its first page) or finished (after its last). Either
 * write may be lost to a crash, and both ways are correct: a download found unfinished
 * after its last page has the next pull's records stored by the page too (every reader reads
 * pages and rows alike), and then finishes.
 */
export function noteDownload(db: SeroDeskDatabase, unfinished: boolean): Promise<void> {
  return unfinished
    ? writeMeta(db, META.downloadUnfinished, true)
    : deleteMeta(db, META.downloadUnfinished);
}

export type PulledOutcome = {
  /** Rows written to this tablet. */
  readonly saved: number;
  /** Rows left out: older than what the tablet holds, or under a waiting local edit. */
  readonly kept: number;
  /**
   * Rows not stored, logged: a person whose search fields are not even text, a record of
   * another kind the record schema refuses (a newer register?). pulledPerson.ts says why.
   */
  readonly unreadable: number;
};

type EnvelopeTable = EntityTable<EnvelopeRow, 'id'>;

/**
 * The record of a pulled change as it is stored, at the register's version: a person checked
 * for what storing it reads (pulledPerson.ts says why; the page's own object, unless its
 * version had to be set), any other kind by the record schema (the parse's copy). Nothing
 * downstream changes it: IndexedDB stores a copy.
 */
function parseChange(change: PulledChange): StorableRecord | undefined {
  const { record, version } = change;
  if (
    typeof record === 'object' &&
    record !== null &&
    'kind' in record &&
    record.kind === 'person'
  ) {
    return readPulledPerson(record, version);
  }
  const parsed = clinicRecordSchema.safeParse(record);
  if (!parsed.success) return undefined;
  // The parse's output is already a copy: the version is set on it.
  const checked: { version: number } = parsed.data;
  checked.version = version;
  return parsed.data;
}

/** A pulled record the tablet did not hold: stored as the register has it. */
export function freshRow(record: StorableRecord): EnvelopeRow {
  return {
    id: record.id,
    record,
    sync: { state: 'synced', version: record.version },
    ...indexKeys(record),
  };
}

/** The envelope to store for a pulled record, or undefined to keep what the tablet has. */
function merged(
  existing: EnvelopeRow | undefined,
  record: StorableRecord,
): EnvelopeRow | undefined {
  // "pending" and "sending" are the states of a record with an op in the outbox (outbox.ts):
  // read off the envelope, settled (mergeWithStored), not by reading the outbox for every
  // page (issue #14).
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
  return freshRow(record);
}

/**
 * A record whose edit the register refused keeps the refused content and its base version
 * (a retry must merge from that base), and takes the register's newer record only as the
 * copy a discard goes back to (syncProblems.ts). Showing it "synced" would hide the refusal.
 */
function underRefusedEdit(existing: EnvelopeRow, record: StorableRecord): EnvelopeRow | undefined {
  const kept = clinicRecordSchema.safeParse(existing[REGISTER_RECORD_KEY]);
  const keptVersion = kept.success ? kept.data.version : existing.sync.version;
  if (keptVersion >= record.version) return undefined;
  return { ...existing, [REGISTER_RECORD_KEY]: record };
}

function numbersOf(records: readonly StorableRecord[]) {
  const numbered: { series: NumberSeries; number: string }[] = [];
  for (const record of records) {
    if (record.kind === 'contract' || record.kind === 'certificate') {
      numbered.push({ series: record.kind, number: record.number });
    }
  }
  return numbered;
}

/** How a page's rows are written: see applyPulled. */
export type PulledWrite = {
  /**
   * Most of the page is new to this tablet (a first pull, from cursor 0): persons are stored
   * by the page (pageThenMerge), other kinds' rows are added without reading first, and only
   * those the store already holds are read and merged.
   */
  readonly mostlyNew: boolean;
};

const READ_FIRST: PulledWrite = { mostlyNew: false };

/** Each readable record once, grouped by kind in the page's order. */
function recordsByKind(changes: readonly PulledChange[]) {
  const byKind = new Map<RecordKind, StorableRecord[]>();
  const all: StorableRecord[] = [];
  let unreadable = 0;
  for (const change of changes) {
    const record = parseChange(change);
    if (record === undefined) {
      unreadable += 1;
      console.error(`A pulled row (seq ${change.seq}) cannot be stored`);
      continue;
    }
    all.push(record);
    const ofKind = byKind.get(record.kind);
    if (ofKind === undefined) byKind.set(record.kind, [record]);
    else ofKind.push(record);
  }
  return { byKind, all, unreadable };
}

/** Merges records with what the table holds: the rows to write, and how many were left out. */
async function mergeWithStored(
  db: SeroDeskDatabase,
  table: EnvelopeTable,
  records: readonly StorableRecord[],
) {
  // As the desk reads them: an envelope a push settled without writing it is synced
  // (settledSync.ts), so a newer version from the register replaces it.
  const existing = await settledRows(db, await table.bulkGet(records.map((record) => record.id)));
  const rows: EnvelopeRow[] = [];
  records.forEach((record, index) => {
    const row = merged(existing[index], record);
    if (row !== undefined) rows.push(row);
  });
  return { rows, kept: records.length - rows.length };
}

/**
 * Adds the records as new rows; a record the table already holds fails its add (nothing is
 * overwritten) and is then read and merged as on any pull. On a first pull every add
 * succeeds, so the page costs no read (issue #14: the read of 1,000 rows that are all missing
 * was an eighth of a page's storing in Chromium). Correct whatever the store holds: a local
 * edit made during the download, or rows left by a pull that was cut off.
 */
async function addThenMerge(
  db: SeroDeskDatabase,
  table: EnvelopeTable,
  records: readonly StorableRecord[],
) {
  try {
    await table.bulkAdd(records.map(freshRow));
    return { saved: records.length, kept: 0 };
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    const held: StorableRecord[] = [];
    for (const [position, failure] of Object.entries(error.failuresByPos)) {
      // Only "that key exists" means held; anything else (quota, a unique number) fails the page.
      if (failure.name !== 'ConstraintError') throw failure;
      const record = records[Number(position)];
      if (record !== undefined) held.push(record);
    }
    const { rows, kept } = await mergeWithStored(db, table, held);
    await table.bulkPut(rows);
    return { saved: records.length - held.length + rows.length, kept };
  }
}

/**
 * A first download's records of a kind stored by the page (pagedRecords.ts): those the table
 * holds — the tablet's own, or one edited at the desk during the download — are merged into
 * it as on any pull, and the rest become one page. A record pulled twice in one download
 * (changed at the register meanwhile) is on two pages, and the later one is its copy.
 */
async function pageThenMerge(
  db: SeroDeskDatabase,
  kind: RecordKind,
  records: readonly StorableRecord[],
  page: number,
) {
  const held = await heldByTable(
    db,
    kind,
    records.map((record) => record.id),
  );
  const paged = records.filter((record) => !held.has(record.id));
  const table = tableOf(db, kind);
  const { rows, kept } = await mergeWithStored(
    db,
    table,
    records.filter((record) => held.has(record.id)),
  );
  await table.bulkPut(rows);
  if (paged.length > 0) await storePage(db, page, paged);
  return { saved: paged.length + rows.length, kept };
}

/**
 * Stores one page (or a slice of one, see syncRun.ts) and the cursor up to which the tablet
 * then has everything, in one transaction.
 */
export async function applyPulled(
  db: SeroDeskDatabase,
  changes: readonly PulledChange[],
  cursor: number,
  write: PulledWrite = READ_FIRST,
): Promise<PulledOutcome> {
  return db.transaction('rw', [db.meta, db.outbox, ...recordScope(db)], async () => {
    let saved = 0;
    let kept = 0;
    const { byKind, all, unreadable } = recordsByKind(changes);
    for (const [kind, records] of byKind) {
      const table = tableOf(db, kind);
      if (write.mostlyNew) {
        // A page's key is its first seq: stored once, with the cursor past it.
        const added = isPaged(kind)
          ? await pageThenMerge(db, kind, records, changes[0]?.seq ?? cursor)
          : await addThenMerge(db, table, records);
        saved += added.saved;
        kept += added.kept;
      } else {
        const { rows, kept: left } = await mergeWithStored(db, table, records);
        await table.bulkPut(rows);
        saved += rows.length;
        kept += left;
      }
    }
    await raiseCountersPast(db, numbersOf(all));
    await writeMeta(db, META.syncCursor, cursor);
    return { saved, kept, unreadable };
  });
}
