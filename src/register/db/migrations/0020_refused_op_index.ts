import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { RegisterMigration } from './migration';

// The hourly sweep of refused ops (sync/refusedOpRetention.ts) asked for
// `seq is null and received_at < cutoff`, and no index held either: every sweep read the
// whole sync_op table, one row per op a tablet ever sent — millions on a regional register
// after a season — to find the few refusals among them. A partial index holds only the
// refusals (accepted and merged ops have a seq and never enter it, so the sync's inserts do
// not pay for it), ordered by when they came:
//
//   sync_op_refused_received_idx  (received_at)  where seq is null
//
// SQLite and PostgreSQL both take the sweep's condition as implying the index's, and walk it.
export const refusedOpIndexMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createIndex('sync_op_refused_received_idx')
      .on('sync_op')
      .column('received_at')
      .where(sql.ref('seq'), 'is', null)
      .execute();
  },
};
