import type { Kysely } from 'kysely';
import type { RegisterMigration } from './migration';

// What each tablet said, at its last push or pull, about the records it still holds for the
// register (issue #12; wire form in src/core/protocol/sync.ts), for the admins' warnings.
// All three are null until a tablet of this release reports; `backlog_oldest_at` is the
// register's time (its clock less the age the tablet reported), null when nothing waits.
//
//   tablet.backlog_count        3
//   tablet.backlog_oldest_at    "2026-11-28T10:14:00.000Z"
//   tablet.backlog_reported_at  "2026-12-01T09:00:00.000Z"

export const tabletBacklogMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('tablet').addColumn('backlog_count', 'integer').execute();
    await db.schema.alterTable('tablet').addColumn('backlog_oldest_at', 'text').execute();
    await db.schema.alterTable('tablet').addColumn('backlog_reported_at', 'text').execute();
  },
};
