import type { OpAnswer } from '../core/protocol/sync';
import type { SeroDeskDatabase } from './database';
import type { OutboxBatch } from './outbox';
import { settledRows } from './settledSync';

// The register's answer most tests and the push benchmark need: every op of a batch taken
// as sent, a first version each, under seqs counted from `firstSeq`:
//
//   [{opId: "0193…a1", status: "accepted", seq: 7, version: 1}, {…, seq: 8, version: 1}]

export function acceptedAsSent(batch: OutboxBatch, firstSeq = 1): OpAnswer[] {
  return batch.entries.map((entry, index) => ({
    opId: entry.op.opId,
    status: 'accepted',
    seq: firstSeq + index,
    version: 1,
  }));
}

/** A person's envelope as the desk reads it (settledSync.ts): what the outbox tests check. */
export async function personAsRead(db: SeroDeskDatabase, id: string) {
  const [row] = await settledRows(db, [await db.persons.get(id)]);
  return row;
}
