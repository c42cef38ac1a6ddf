import type { Kysely, Updateable } from 'kysely';
import type { SyncBacklog } from '../../core/protocol/sync';
import type { RegisterTables, TabletTable } from '../db/tables';

// What a sync request tells about its tablet, kept with the tablet's row in ONE statement per
// request (issue #14: it was three or four, each a write transaction and a commit of its own:
// the token's `last_seen_at`, the push's or the pull's own note, the backlog). A push writes it
// inside its own transaction (pushOps.ts), so its answers and the tablet's `last_push_seq`
// commit together; a pull writes it once its page is read.
//
//   push  tablet {last_seen_at, last_push_at: "2026-12-02T10:15:00.000Z", last_push_seq: 4812,
//                 backlog_count: 3, backlog_oldest_at: "…", backlog_reported_at: "…"}
//   pull  tablet {last_seen_at, last_pull_cursor: 4812, backlog_…}
//
// The backlog is what the tablet reported about its unsent records (wire form in
// src/core/protocol/sync.ts, columns in migration 0013), for the admins' warnings
// (src/core/tablet/tabletWarnings.ts). The oldest record's time is the register's clock less
// the age the tablet reported, so a tablet clock days off does not move it. A request without
// a report (a tablet of before) leaves the last report as it was.

export type SyncContact =
  /** The highest sequence the push's answers gave (0 if none). */
  | { readonly kind: 'push'; readonly lastSeq: number }
  /** The cursor the pull was answered with: above 0, the tablet has pulled something. */
  | { readonly kind: 'pull'; readonly cursor: number };

function backlogColumns(backlog: SyncBacklog | undefined, now: Date): Updateable<TabletTable> {
  if (backlog === undefined) return {};
  const age = backlog.records > 0 ? backlog.oldestAgeSeconds : undefined;
  return {
    backlog_count: backlog.records,
    backlog_oldest_at:
      age === undefined ? null : new Date(now.getTime() - age * 1000).toISOString(),
    backlog_reported_at: now.toISOString(),
  };
}

/** `db` is the register's database, or the push's transaction. */
export async function noteSyncContact(
  db: Kysely<RegisterTables>,
  tabletId: string,
  contact: SyncContact,
  backlog: SyncBacklog | undefined,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await db
    .updateTable('tablet')
    .set({
      last_seen_at: at,
      ...(contact.kind === 'push'
        ? { last_push_at: at, last_push_seq: contact.lastSeq }
        : { last_pull_cursor: contact.cursor }),
      ...backlogColumns(backlog, now),
    })
    .where('id', '=', tabletId)
    .execute();
}
