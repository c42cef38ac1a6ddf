import type { PushOp } from '../core/protocol/sync';
import { isRecordKind } from '../core/records/record';
import type { EnvelopeRow, OutboxRow, SeroDeskDatabase } from './database';
import { recordScope, recordTables } from './records';

// The sync side of the outbox (the desk adds entries in records.ts). Every step that settles
// an op also sets its record's sync state — on the envelope, or noted settled beside it —
// in the same Dexie transaction, so the desk never shows "synced" for a record whose op is
// still waiting:
//
//   queued op  ── takeBatch ──▶ (read only: the envelope stays "pending" while the batch is out)
//              ── answers ────▶ accepted as sent: op deleted, the record noted settled (a
//                                 row per kind of the batch), its envelope read "synced"
//                                 (settledSync.ts)
//                               accepted with the register's record: op deleted, envelope
//                                 "synced" with that record
//                               conflict: ops deleted, envelope "conflict" with both versions
//                               rejected: op kept as state "rejected" with the reason code
//              ── no answer ──▶ op stays queued, envelope still "pending"
//
// Taking a batch writes nothing (issue #14: marking each envelope "sending" and then "synced"
// wrote every envelope twice, with all its indexes; the desk now shows «ожидает отправки»
// while a batch is out). "sending" is still read: an older release left it on records it
// was sending, and resetSending turns them back to "pending". The answers' side is
// outboxAnswers.ts.
//
// Several queued ops of one record (edited twice offline) travel as one: the newest
// snapshot, with the oldest op's base version and the newest op's id. The newest snapshot
// already contains the older edits, so the register applies one op and all are answered.

export type BatchEntry = {
  readonly op: PushOp;
  /** Outbox seqs this op stands for (the newest's id is the op id). */
  readonly seqs: readonly number[];
};

export type OutboxBatch = { readonly entries: readonly BatchEntry[] };

/**
 * Takes up to `limit` queued ops, oldest first. It only reads: a batch that is never
 * answered leaves nothing to undo.
 *
 * With `after` (the batches whose requests are still out, oldest first: syncRun.ts) it takes
 * the ops queued beyond them, and stops before the first op of a record one of them carries:
 * that op waits until its batch is answered, so one record's ops reach the register in order
 * and a conflict's answer can still drop the edits queued after it.
 */
export async function takeBatch(
  db: SeroDeskDatabase,
  limit: number,
  after: readonly OutboxBatch[] = [],
): Promise<OutboxBatch> {
  return db.transaction('r', db.outbox, async () => {
    const rows =
      after.length === 0 ? await oldestQueued(db, limit) : await queuedAfter(db, limit, after);
    const chains = new Map<string, OutboxRow[]>();
    for (const row of rows) {
      const chain = chains.get(row.recordId) ?? [];
      chain.push(row);
      chains.set(row.recordId, chain);
    }
    const entries: BatchEntry[] = [];
    for (const chain of chains.values()) {
      const first = chain[0];
      const last = chain.at(-1);
      if (first === undefined || last === undefined || !isRecordKind(last.kind)) continue;
      entries.push({
        op: {
          opId: last.opId as PushOp['opId'],
          kind: last.kind,
          baseVersion: first.baseVersion,
          record: last.record,
        },
        seqs: chain.flatMap((row) => (row.seq === undefined ? [] : [row.seq])),
      });
    }
    return { entries };
  });
}

function oldestQueued(db: SeroDeskDatabase, limit: number): Promise<OutboxRow[]> {
  return db.outbox.where('state').equals('queued').limit(limit).toArray();
}

async function queuedAfter(
  db: SeroDeskDatabase,
  limit: number,
  after: readonly OutboxBatch[],
): Promise<OutboxRow[]> {
  const out = new Set<string>();
  let lastSeq = 0;
  for (const batch of after) {
    for (const entry of batch.entries) {
      out.add(recordIdOf(entry.op));
      for (const seq of entry.seqs) lastSeq = Math.max(lastSeq, seq);
    }
  }
  // By primary key (one read of `limit` rows); refused ops in the range are skipped here.
  const rows = await db.outbox.where('seq').above(lastSeq).limit(limit).toArray();
  const taken: OutboxRow[] = [];
  for (const row of rows) {
    if (out.has(row.recordId)) break;
    if (row.state === 'queued') taken.push(row);
  }
  return taken;
}

/** Records an older release left "sending" (a crash mid-send) are "pending" again. */
export async function resetSending(db: SeroDeskDatabase): Promise<void> {
  await db.transaction('rw', recordScope(db), async () => {
    for (const table of recordTables(db)) {
      await table
        .where('sync.state')
        .equals('sending')
        .modify((row: { sync: EnvelopeRow['sync'] }) => {
          row.sync = { state: 'pending', version: row.sync.version };
        });
    }
  });
}

export function recordIdOf(op: PushOp): string {
  const record = op.record as { id?: unknown };
  return typeof record.id === 'string' ? record.id : '';
}
