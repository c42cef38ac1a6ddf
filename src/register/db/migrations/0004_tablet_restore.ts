import type { Kysely } from 'kysely';
import type { RegisterMigration } from './migration';

// What the register needs to notice a tablet that comes back empty and to restore it
// (docs/DECISIONS.md, "A tablet that comes back empty").
//
//   tablet.replaces             "0193…b2" | null   the tablet this one was before its browser
//                                                  data was cleared (named at enrolment)
//   tablet.last_pull_cursor     4790 | null        the cursor its last pull was answered with;
//                                                  null = this tablet has never pulled
//   tablet.restore_through_seq  4812 | null        while set, this tablet's pulls also bring
//                                                  the records it wrote itself, up to 4812
export const tabletRestoreMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('tablet').addColumn('replaces', 'text').execute();
    await db.schema.alterTable('tablet').addColumn('last_pull_cursor', 'integer').execute();
    await db.schema.alterTable('tablet').addColumn('restore_through_seq', 'integer').execute();
  },
};
