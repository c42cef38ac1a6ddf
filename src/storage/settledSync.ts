import Dexie from 'dexie';
import { isRecordKind } from '../core/records/recordKinds';
import type { EnvelopeRow, SeroDeskDatabase, SettledRow } from './database';
import { REGISTER_RECORD_KEY } from './registerRecordKey';
import { recordScope, tableOf } from './recordTables';
import { meeting, settledBatchesOf, spanOf, withoutIds } from './settledWrites';

// What a push writes for a record the register took exactly as sent (issue #14). It used to
// rewrite the envelope "synced" at the register's version: the whole row again, with every
// index entry moved (a person has six), which was most of a push's storage work. Now it notes
// the record settled — its id and version in a row of the batch's settled records of its kind
// (settledWrites.ts) — and leaves the envelope as the desk wrote it:
//
//   persons         {id: "0193…", record: {…, version: 0}, sync: {state: "pending", version: 0}, …}
//   settledBatches  {key: 12, kind: "person", ids: [… "0193…" …], versions: [… 1 …]}
//   read as         {id: "0193…", record: {…, version: 1}, sync: {state: "synced", version: 1}, …}
//
// Every reader of envelopes goes through settledRows (records.ts readRecord and
// storedOfRows, the person search, the pull's merge, the export file), so nothing sees the
// difference; the counts subtract the settled records from the envelopes still "pending"
// (syncCounts.ts, outboxBacklog.ts). Any later write of the envelope takes its id out of its
// row in the same transaction (settledWrites.ts), and at idle the engine writes the envelopes
// themselves, a row at a time, so the "pending" index does not keep growing with records that
// are long synced.

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
 * The rows as the desk reads them: a "pending" envelope that is settled is synced at the
 * register's version. Only such envelopes cost reads: the keys of the settled rows whose span
 * meets theirs (two index reads), then those rows. Call inside a transaction that includes
 * `settledBatches`, or none.
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
  const wanted = new Set(waiting.map((row) => row.id));
  const span = spanOf(wanted);
  if (span === undefined) return Dexie.Promise.resolve([...rows]);
  return db.settledBatches
    .where('last')
    .aboveOrEqual(span.first)
    .primaryKeys()
    .then((lastFrom) =>
      lastFrom.length === 0
        ? []
        : db.settledBatches
            .where('first')
            .belowOrEqual(span.last)
            .primaryKeys()
            .then((firstTo) => meeting(lastFrom, firstTo) as number[]),
    )
    .then((keys) => db.settledBatches.bulkGet(keys))
    .then((batches) => {
      const versions = new Map<string, number>();
      for (const batch of batches) {
        batch?.ids.forEach((id, at) => {
          const version = batch.versions[at];
          if (wanted.has(id) && version !== undefined) versions.set(id, version);
        });
      }
      return rows.map((row) => {
        if (row === undefined || !mayBeSettled(row)) return row;
        const version = versions.get(row.id);
        return (version === undefined ? row : syncedAsSent(row, version)) as R;
      });
    });
}

/**
 * Notes records the register took as sent (outboxAnswers.ts applyAnswers), in its
 * transaction: one row per kind.
 */
export function noteSettled(db: SeroDeskDatabase, rows: readonly SettledRow[]): Promise<void> {
  if (rows.length === 0) return Dexie.Promise.resolve();
  return db.settledBatches.bulkAdd(settledBatchesOf(rows)).then(() => undefined);
}

/**
 * Writes the envelopes of settled rows as what they are ("synced"), in one transaction: whole
 * rows, until at least `limit` records are done (a row holds a push batch's records of one
 * kind, ≤ 1,000); the number done (0 when none are left). The engine calls it at idle.
 */
export async function settleWritten(db: SeroDeskDatabase, limit: number): Promise<number> {
  return db.transaction('rw', recordScope(db), async () => {
    let done = 0;
    while (done < limit) {
      const batch = await db.settledBatches.orderBy(':id').first();
      if (batch?.key === undefined) break;
      done += batch.ids.length;
      // Ids that speak for no envelope (a kind this release does not know, or one no longer
      // "pending") are dropped as they are; writing an envelope drops its own id
      // (settledWrites.ts), which empties the row and deletes it. An empty row goes too, so
      // that every turn of this loop takes one row away.
      if (!isRecordKind(batch.kind) || batch.ids.length === 0) {
        await db.settledBatches.delete(batch.key);
        continue;
      }
      const unused = new Set<string>();
      const table = tableOf(db, batch.kind);
      const envelopes = await table.bulkGet([...batch.ids]);
      const written: EnvelopeRow[] = [];
      batch.ids.forEach((id, at) => {
        const envelope = envelopes[at];
        const version = batch.versions[at];
        if (envelope !== undefined && version !== undefined && mayBeSettled(envelope)) {
          written.push(syncedAsSent(envelope, version));
        } else unused.add(id);
      });
      await table.bulkPut(written);
      const left = await db.settledBatches.get(batch.key);
      if (left === undefined) continue;
      // Still there: some ids were unused, or (a row whose span is wrong) the writes missed it.
      const rest = withoutIds(left, new Set([...unused, ...written.map((row) => row.id)]));
      if (rest === undefined || rest.ids.length === 0) await db.settledBatches.delete(batch.key);
      else await db.settledBatches.put(rest);
    }
    return done;
  });
}
