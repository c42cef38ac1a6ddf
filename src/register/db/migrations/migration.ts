import type { Kysely } from 'kysely';

/**
 * One step of the register's schema. Migrations only move forward: a register is never
 * downgraded in place (restore a backup instead), so there is no `down`.
 */
export type RegisterMigration = {
  /** Receives an untyped Kysely: a migration must not depend on today's table interfaces. */
  up(db: Kysely<unknown>): Promise<void>;
};
