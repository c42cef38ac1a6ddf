import type { PullResponse } from '../../core/protocol/sync';
import { SYNC_PROTOCOL_VERSION } from '../../core/protocol/sync';
import type { RegisterDb } from '../db/connect';
import { committedSeq } from './recordStore';

// One page of a clinic's changes after a cursor (protocol in src/core/protocol/sync.ts).
//
// The committed sequence is read first and the page never goes past it, so the cursor handed
// back is a point every lower number has already committed at (writers take numbers in
// commit order, see recordStore.nextSeq). A tablet's own latest writes are skipped once its
// cursor is past 0: their push answers already told it the result.

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
  let query = db.kysely
    .selectFrom('clinic_record')
    .select(['body', 'version', 'seq'])
    .where('clinic_id', '=', request.clinicId)
    .where('seq', '>', request.cursor)
    .where('seq', '<=', ceiling);
  if (request.cursor > 0) query = query.where('tablet_id', '<>', request.tabletId);
  const rows = await query
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
      seq: Number(row.seq),
      version: Number(row.version),
      record: JSON.parse(row.body) as unknown,
    })),
    // A cursor above the ceiling means the register was restored from a backup: moving the
    // tablet back to the ceiling makes it fetch again whatever is written from now on.
    cursor: hasMore && last !== undefined ? Number(last.seq) : ceiling,
    hasMore,
  };
}
