import Dexie from 'dexie';
import { isRecordKind } from '../core/records/recordKinds';
import type { EnvelopeRow, SeroDeskDatabase, SettledRow } from './database';
import { REGISTER_RECORD_KEY } from './registerRecordKey';
import { recordScope, tableOf } from './recordTables';

// What a push writes for a record the register took exactly as sent (issue #14). It used to
// rewrite the envelope "synced" at the register's version: the whole row again, with every
// index entry moved (a person has six), which was most of a push's storage work. Now it puts
// a small row in `settled` instead and leaves the envelope as the desk wrote it:
//
//   persons  {id: "0193…", record: {…, version: 0}, sync: {state: "pending", version: 0}, …}
//   settled  {id: "0193…", kind: "person", version: 1}
//   read as  {id: "0193…", record: {…, version: 1}, sync: {state: "synced", version: 1}, …}
//
// Every reader of envelopes goes through settledRows (records.ts readRecord and
// storedOfRows, the person search, the pull's merge, the export file), so nothing sees the
// difference; the counts subtract the settled rows from the envelopes still "pending"
// (syncCounts.ts, outboxBacklog.ts). Any later write of the envelope drops its settled row in
// the same transaction (settledWrites.ts), and at idle the engine writes the envelopes
// themselves, a chunk at a time, and drops the rows (settleWritten), so the "pending" index
// does not keep growing with records that are long synced.

/** The sync states of an envelope a settled row may speak for: the push left it as written. */
function mayBeSettled(row: EnvelopeRow): boolean {
  return row.sync.state === 'pending' || row.sync.state === 'sending';
}

/**
 * The register took the record as sent, and the envelope holds exactly that record (not
 * edited since): it only takes the register's version. Its record was checked by the schema
 * when the desk wrote it and its search keys were derived from it then, so neither is done
 * again (issue #14). What the envelope kept while the op waited (the register's older record,
 * a conflict note) goes.
 */
export function syncedAsSent(row: EnvelopeRow, version: number): EnvelopeRow {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- both are dropped
  const { [REGISTER_RECORD_KEY]: kept, conflict, ...rest } = row;
  const record = { ...(row.record as Record<string, unknown>), version };
  return { ...rest, id: row.id, record, sync: { state: 'synced', version } };
}

/**
 * The rows as the desk reads them: a "pending" envelope with a settled row is synced at the
 * register's version. Only such envelopes cost a read (one, for all of them). Call inside a
 * transaction that includes `settled`, or none.
 */
export function settledRows<R extends EnvelopeRow | undefined>(
  db: SeroDeskDatabase,
  rows: readonly R[],
): Promise<R[]> {
  // Dexie's promises, not an async function that may return before any read: called inside
  // a transaction, that would let IndexedDB commit it early (PrematureCommitError).
  const waiting = rows.filter(
    (row): row is R & EnvelopeRow => row !== undefined && mayBeSettled(row),
  );
  if (waiting.length === 0) return Dexie.Promise.resolve([...rows]);
  return db.settled.bulkGet(waiting.map((row) => row.id)).then((settled) => {
    const versions = new Map<string, number>();
    for (const row of settled) if (row !== undefined) versions.set(row.id, row.version);
    return rows.map((row) => {
      if (row === undefined || !mayBeSettled(row)) return row;
      const version = versions.get(row.id);
      return (version === undefined ? row : syncedAsSent(row, version)) as R;
    });
  });
}

/** Notes records the register took as sent (outboxAnswers.ts applyAnswers), in its transaction. */
export function noteSettled(db: SeroDeskDatabase, rows: readonly SettledRow[]): Promise<void> {
  return db.settled.bulkPut(rows).then(() => undefined);
}

/**
 * Writes up to `limit` settled envelopes as what they are ("synced") and drops their rows, in
 * one transaction; the number done (0 when none are left). The engine calls it at idle.
 */
export async function settleWritten(db: SeroDeskDatabase, limit: number): Promise<number> {
  return db.transaction('rw', recordScope(db), async () => {
    const rows = await db.settled.limit(limit).toArray();
    const byKind = new Map<string, SettledRow[]>();
    for (const row of rows) {
      const ofKind = byKind.get(row.kind);
      if (ofKind === undefined) byKind.set(row.kind, [row]);
      else ofKind.push(row);
    }
    // Rows that speak for no envelope (a kind this release does not know, or one no longer
    // "pending") are dropped as they are; writing an envelope drops its own (settledWrites.ts).
    const unused: string[] = [];
    for (const [kind, ofKind] of byKind) {
      if (!isRecordKind(kind)) {
        unused.push(...ofKind.map((row) => row.id));
        continue;
      }
      const table = tableOf(db, kind);
      const envelopes = await table.bulkGet(ofKind.map((row) => row.id));
      const written: EnvelopeRow[] = [];
      ofKind.forEach((row, index) => {
        const envelope = envelopes[index];
        if (envelope !== undefined && mayBeSettled(envelope)) {
          written.push(syncedAsSent(envelope, row.version));
        } else unused.push(row.id);
      });
      await table.bulkPut(written);
    }
    await db.settled.bulkDelete(unused);
    return rows.length;
  });
}
