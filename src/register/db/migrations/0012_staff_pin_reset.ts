import type { Kysely } from 'kysely';
import type { RegisterMigration } from './migration';

// An administrator can reset a member's PIN (issue #12). PINs live only on the tablets, so
// the register keeps the moment of the last reset and the clinic directory carries it; a
// tablet that sees a reset it has not applied yet forgets that member's PIN (docs/DECISIONS.md
// "PIN reset through the clinic directory").
//
//   staff.pin_reset_at  "2026-12-01T09:00:00.000Z" | null   null while never reset

export const staffPinResetMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('staff').addColumn('pin_reset_at', 'text').execute();
  },
};
