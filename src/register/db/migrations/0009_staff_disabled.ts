import type { Kysely } from 'kysely';
import type { RegisterMigration } from './migration';

// A member of staff can be disabled (issue #12, `npm run register -- disable-staff`) instead
// of deleted: their id stays on every record they wrote, their sign-in stops working.
//
//   staff.disabled_at  "2026-12-01T09:00:00.000Z" | null   null while the account may sign in

export const staffDisabledMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('staff').addColumn('disabled_at', 'text').execute();
  },
};
