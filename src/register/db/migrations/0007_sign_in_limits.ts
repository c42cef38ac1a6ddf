import type { Kysely } from 'kysely';
import type { RegisterMigration } from './migration';

// Sign-in attempt counts, in the database so that every register process on one PostgreSQL
// shares them (issue #13; src/register/auth/signInLimits.ts). One row per counted key and
// fixed window; rows whose window has ended are swept on later sign-ins.
//
//   key                       expires_at                   attempts
//   "login:registrar"         "2026-12-01T02:15:00.000Z"   3
//   "address:203.0.113.7"     "2026-12-01T02:01:00.000Z"   12
export const signInLimitsMigration: RegisterMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('sign_in_window')
      .addColumn('key', 'text', (col) => col.primaryKey())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('attempts', 'integer', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('sign_in_window_expires_at')
      .on('sign_in_window')
      .column('expires_at')
      .execute();
  },
};
