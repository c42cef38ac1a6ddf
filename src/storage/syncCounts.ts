import { RECORD_KINDS } from '../core/records/record';
import type { SeroDeskDatabase } from './database';
import { tableOf } from './records';

// How much sync work the tablet holds, for the header and for refusing to sign out or wipe
// while unsynced work exists (DESIGN, "Storage safety").
//
//   {waiting: 3, rejected: 1, conflicts: 0}   records, not ops: two edits of one person wait as one

export type SyncCounts = {
  /** Records with an op queued for the register. */
  readonly waiting: number;
  /** Records whose op the register refused; a person must look at them. */
  readonly rejected: number;
  /** Records in conflict, shown with both versions. */
  readonly conflicts: number;
};

export async function countSyncWork(db: SeroDeskDatabase): Promise<SyncCounts> {
  return db.transaction('r', [db.outbox, ...RECORD_KINDS.map((k) => tableOf(db, k))], async () => {
    const waiting = new Set<string>();
    const rejected = new Set<string>();
    for (const row of await db.outbox.toArray()) {
      (row.state === 'queued' ? waiting : rejected).add(row.recordId);
    }
    let conflicts = 0;
    for (const kind of RECORD_KINDS) {
      conflicts += await tableOf(db, kind).where('sync.state').equals('conflict').count();
    }
    return { waiting: waiting.size, rejected: rejected.size, conflicts };
  });
}

/** Whether anything on this tablet has not reached the register (sign-out and wipe refuse). */
export async function hasUnsyncedWork(db: SeroDeskDatabase): Promise<boolean> {
  const counts = await countSyncWork(db);
  return counts.waiting + counts.rejected + counts.conflicts > 0;
}
