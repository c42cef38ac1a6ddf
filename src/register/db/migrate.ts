import { Migrator, sql } from 'kysely';
import { z } from 'zod';
import type { RegisterDb } from './connect';
import { migrationProvider } from './migrations';

// Applies pending migrations on start, on either engine. Kysely's Migrator records each
// applied migration in `kysely_migration` and migrates under a lock (on PostgreSQL
// `pg_advisory_lock`, on SQLite the `kysely_migration_lock` table), so two registers starting
// at once against one PostgreSQL database do not migrate twice
// (tests/integration/twoRegisters.test.ts starts three at once).

const MIGRATION_TABLE = 'kysely_migration';

export class MigrationError extends Error {
  constructor(
    readonly migrationName: string | undefined,
    override readonly cause: unknown,
  ) {
    super(`migration ${migrationName ?? '(setup)'} failed: ${String(cause)}`);
    this.name = 'MigrationError';
  }
}

/** Runs every pending migration; throws MigrationError naming the one that failed. */
export async function migrateToLatest(db: RegisterDb): Promise<void> {
  const migrator = new Migrator({ db: db.kysely, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new MigrationError(failed?.migrationName, error);
  }
}

const countRowSchema = z.object({ applied: z.coerce.number().int() });

/** The schema version in the database: how many migrations have been applied to it. */
export async function readSchemaVersion(db: RegisterDb): Promise<number> {
  const result = await sql<{ applied: unknown }>`
    select count(*) as applied from ${sql.table(MIGRATION_TABLE)}
  `.execute(db.kysely);
  return countRowSchema.parse(result.rows[0]).applied;
}
