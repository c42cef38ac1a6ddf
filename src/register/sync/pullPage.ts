import type { PullResponse } from '../../core/protocol/sync';
import { SYNC_PROTOCOL_VERSION } from '../../core/protocol/sync';
import type { RegisterDb } from '../db/connect';
import { committedSeq } from './recordStore';

// One page of a clinic's changes after a cursor (protocol in src/core/protocol/sync.ts).
//
// The committed sequence is read first and the page never goes past it, so the cursor handed
// back is a point every lower number has already committed at (writers take numbers in
// commit order, see recordStore.nextSeq). Records whose latest version the asking tablet
// wrote itself are skipped: its push answers told it the result (with the merged record
// whenever it differs), and an op whose answer was lost is still in its outbox and gets the
// stored answer on the retry. A wiped tablet is enrolled again under a new id, so it gets
// everything.

export async function readPullPage(
  db: RegisterDb,
  request: {
    readonly clinicId: string;
    readonly tabletId: string;
    readonly cursor: number;
    readonly limit: number;
  },
): Promise<PullResponse> {
  const ceiling = await committedSeq(db);
  const rows = await db.kysely
    .selectFrom('clinic_record')
    .select(['body', 'version', 'seq'])
    .where('clinic_id', '=', request.clinicId)
    .where('seq', '>', request.cursor)
    .where('seq', '<=', ceiling)
    .where('tablet_id', '<>', request.tabletId)
    .orderBy('seq')
    .limit(request.limit + 1)
    .execute();
  const hasMore = rows.length > request.limit;
  const page = hasMore ? rows.slice(0, request.limit) : rows;
  const last = page.at(-1);
  return {
    protocolVersion: SYNC_PROTOCOL_VERSION,
    // Bodies were validated when written; the tablet parses each record again on arrival.
    changes: page.map((row) => ({
      seq: row.seq,
      version: row.version,
      record: JSON.parse(row.body) as unknown,
    })),
    // A cursor above the ceiling means the register was restored from a backup: moving the
    // tablet back to the ceiling makes it fetch again whatever is written from now on.
    cursor: hasMore && last !== undefined ? last.seq : ceiling,
    hasMore,
  };
}
