import type { Kysely } from 'kysely';
import type { RegisterMigration } from './migration';

// A pull skips the records the asking tablet wrote itself (sync/pullPage.ts visibleTo: its
// push answers told it), and the index it walks, (clinic_id, seq), did not hold the writer:
// each skipped row was read from the table to learn it. A desk back online pushes its
// backlog and then pulls, so the register read back every record it had just taken (issue
// #14; the benchmark's machine, a pull that skips a tablet's own 10,000: 13–14 ms of the
// register's CPU, 8–10 ms with the writer in the index; 50,000: 22–23 → 8–14 ms; a pull with
// nothing to skip ≈ 2 ms). The skip is now decided in the index, and a page's count of what
// remains (pullPage.ts countAfter) is read from the index alone:
//
//   clinic_record_clinic_seq_idx         (clinic_id, seq)              dropped
//   clinic_record_clinic_seq_tablet_idx  (clinic_id, seq, tablet_id)   every lookup by
//                                                                      (clinic_id, seq) too
//
// A register's existing rows are indexed once, when it is upgraded.
export const pullIndexMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createIndex('clinic_record_clinic_seq_tablet_idx')
      .on('clinic_record')
      .columns(['clinic_id', 'seq', 'tablet_id'])
      .execute();
    await db.schema.dropIndex('clinic_record_clinic_seq_idx').execute();
  },
};
