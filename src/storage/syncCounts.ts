import { RECORD_KINDS } from '../core/records/recordKinds';
import { readCardVoids } from './cardVoids';
import type { SeroDeskDatabase } from './database';
import { recordScope, tableOf } from './recordTables';
import { countSettled } from './settledWrites';

// How much sync work the tablet holds, for the header and for refusing to sign out or wipe
// while unsynced work exists (DESIGN, "Storage safety").
//
//   {waiting: 3, rejected: 1, conflicts: 0}   records, not ops: two edits of one person wait as one

export type SyncCounts = {
  /**
   * Records with an op queued for the register, and discarded certificates whose cards the
   * register has yet to void (cardVoids.ts): either is work the register has not received.
   */
  readonly waiting: number;
  /** Records whose op the register refused; a person must look at them. */
  readonly rejected: number;
  /** Records in conflict, shown with both versions. */
  readonly conflicts: number;
};

export async function countSyncWork(db: SeroDeskDatabase): Promise<SyncCounts> {
  const tables = [db.outbox, db.meta, ...recordScope(db)];
  return db.transaction('r', tables, async () => {
    // Counted off the envelopes' indexed state, not by reading every queued op (issue #14: a
    // tablet back from a week offline read its whole outbox three times per run). A record
    // is "pending" or "sending" exactly while it has an op queued (outbox.ts), unless a push
    // settled it without writing it (settledSync.ts): those are taken off (settledWrites.ts
    // counts them, a module the first chunk holds anyway).
    //
    // With no op queued no record waits, and those envelopes are not counted at all: Chromium
    // counts an index by walking it, and after a push of 10,000 its envelopes stay "pending"
    // beside their settled rows until the engine writes them at idle — two walks of 10,000
    // entries for a count whose answer is 0 (issue #14).
    let waiting = (await readCardVoids(db)).length;
    if (await hasQueuedOp(db)) {
      waiting -= await countSettled(db);
      for (const kind of RECORD_KINDS) {
        const byState = tableOf(db, kind).where('sync.state');
        waiting += await byState.equals('pending').count();
        waiting += await byState.equals('sending').count();
      }
    }
    let conflicts = 0;
    for (const kind of RECORD_KINDS) {
      conflicts += await tableOf(db, kind).where('sync.state').equals('conflict').count();
    }
    // Refused ops are few: a person looks at each.
    const rejected = new Set<string>();
    for (const row of await db.outbox.where('state').equals('rejected').toArray()) {
      rejected.add(row.recordId);
    }
    // Never below zero, whatever the rows say (settledWrites.ts keeps the subtraction exact).
    return { waiting: Math.max(0, waiting), rejected: rejected.size, conflicts };
  });
}

/** Whether the outbox holds an op still to send: one read of one row, never a count. */
export async function hasQueuedOp(db: SeroDeskDatabase): Promise<boolean> {
  return (await db.outbox.where('state').equals('queued').first()) !== undefined;
}

/** Whether anything on this tablet has not reached the register (sign-out and wipe refuse). */
export async function hasUnsyncedWork(db: SeroDeskDatabase): Promise<boolean> {
  const counts = await countSyncWork(db);
  if (counts.waiting + counts.rejected + counts.conflicts > 0) return true;
  // The outbox's own ops besides, queued or refused: sign-out never rests on the envelopes'
  // bookkeeping alone.
  return (await db.outbox.count()) > 0;
}
