import type { SyncBacklog } from '../core/protocol/sync';
import { RECORD_KINDS } from '../core/records/record';
import type { SeroDeskDatabase } from './database';
import { tableOf } from './records';
import { countSettled } from './settledWrites';

// What the tablet tells the register at each contact about the work it still holds (wire
// example in src/core/protocol/sync.ts): the records with an op in the outbox — queued, in
// flight or refused, none of them accepted yet — and the age of the oldest op, by this
// tablet's clock. Records, not ops: two offline edits of one person are one record waiting.
//
//   {records: 3, oldestAgeSeconds: 93600}     {records: 0}
//
// It runs before every push and pull request, so it reads counts, never rows: a record has an
// op in the outbox exactly while its envelope is "pending", "sending" or "rejected" (the
// outbox moves both in one transaction, outbox.ts), and those are counted on each record
// table's `sync.state` index; the oldest op is the outbox's first row, since `seq` grows with
// every op written.

const WAITING_STATES = ['pending', 'sending', 'rejected'] as const;

export async function readOutboxBacklog(db: SeroDeskDatabase, now: Date): Promise<SyncBacklog> {
  const tables = RECORD_KINDS.map((kind) => tableOf(db, kind));
  return db.transaction('r', [db.outbox, db.settledBatches, ...tables], async () => {
    // An empty outbox means no record waits: the envelopes are then not counted (Chromium
    // walks an index to count it, and a push leaves its envelopes "pending" until the idle
    // work writes them: syncCounts.ts).
    const oldest = await db.outbox.orderBy('seq').first();
    if (oldest === undefined) return { records: 0 };
    // Envelopes a push settled without writing them still read "pending" here (settledSync.ts).
    let records = -(await countSettled(db));
    for (const table of tables) {
      for (const state of WAITING_STATES) {
        records += await table.where('sync.state').equals(state).count();
      }
    }
    // Never below zero on the wire, whatever the rows say: the register refuses a negative
    // backlog, and with it the whole request (settledWrites.ts keeps the subtraction exact).
    if (records <= 0) return { records: 0 };
    const written = Date.parse(oldest.queuedAt);
    if (Number.isNaN(written)) return { records };
    const ageSeconds = Math.max(0, Math.floor((now.getTime() - written) / 1000));
    return { records, oldestAgeSeconds: ageSeconds };
  });
}
