import type { SyncBacklog } from '../../core/protocol/sync';
import type { RegisterDb } from '../db/connect';

// Keeps what a tablet reported about its unsent records with the tablet's row (wire form in
// src/core/protocol/sync.ts, columns in migration 0013), for the admins' warnings
// (src/core/tablet/tabletWarnings.ts). The oldest record's time is the register's clock less
// the age the tablet reported, so a tablet clock days off does not move it. A request without
// a report (a tablet of before) leaves the last report as it was.

export async function noteTabletBacklog(
  db: RegisterDb,
  tabletId: string,
  backlog: SyncBacklog | undefined,
  now: Date,
): Promise<void> {
  if (backlog === undefined) return;
  const age = backlog.records > 0 ? backlog.oldestAgeSeconds : undefined;
  await db.kysely
    .updateTable('tablet')
    .set({
      backlog_count: backlog.records,
      backlog_oldest_at:
        age === undefined ? null : new Date(now.getTime() - age * 1000).toISOString(),
      backlog_reported_at: now.toISOString(),
    })
    .where('id', '=', tabletId)
    .execute();
}
