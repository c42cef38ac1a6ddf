import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Migrator } from 'kysely';
import { afterEach } from 'vitest';
import type { RegisterDb } from '../../src/register/db/connect';
import { openDatabase } from '../../src/register/db/connect';
import { migrationProvider } from '../../src/register/db/migrations';
import type { TestDatabase } from './databases';

// A register's database migrated only up to `migration`, as a register that shipped with it
// holds it: a migration test writes rows in that older shape, then migrates to the latest.

export type RegisterAtMigration = {
  readonly db: RegisterDb;
  /** Closes the database, drops it and removes its folder. */
  readonly close: () => Promise<void>;
};

export async function registerAtMigration(
  database: TestDatabase,
  migration: string,
): Promise<RegisterAtMigration> {
  const created = await database.create();
  const dir = mkdtempSync(path.join(tmpdir(), 'serodesk-migration-'));
  const db = openDatabase(
    created.url === undefined
      ? { kind: 'sqlite', file: path.join(dir, 'register.sqlite') }
      : { kind: 'postgres', url: created.url },
    () => undefined,
  );
  const migrated = await new Migrator({ db: db.kysely, provider: migrationProvider }).migrateTo(
    migration,
  );
  if (migrated.error !== undefined) throw new Error(`migrating to ${migration} failed`);
  return {
    db,
    close: async () => {
      await db.close();
      await created.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * For the tests of a suite on one engine (call it in the `describe` body): each test opens its
 * database at an older migration with the returned function, and it is closed and dropped
 * after that test.
 */
export function databasesAtMigration(
  database: TestDatabase,
): (migration: string) => Promise<RegisterDb> {
  const open: RegisterAtMigration[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((register) => register.close()));
  });
  return async (migration) => {
    const register = await registerAtMigration(database, migration);
    open.push(register);
    return register.db;
  };
}

/** A clinic row as every migration since 0001 reads it, for the records a test writes. */
export function clinicRow(id: string, createdAt: string) {
  return {
    id,
    code: id,
    name_ru: 'Клиника',
    name_en: 'Clinic',
    address: 'Петропавловск-Камчатский',
    issuer_url: null,
    settings: '{}',
    created_at: createdAt,
  };
}

/**
 * A record's row as migrations 0008 to 0016 left clinic_record (a migration test's given
 * data): its statement in `application_id`, null for persons and, before 0017, revocations.
 */
export function clinicRecordRow(
  clinicId: string,
  record: { readonly id: string; readonly kind: string },
  seq: number,
  at: string,
  applicationId: string | null = null,
) {
  return {
    id: record.id,
    clinic_id: clinicId,
    kind: record.kind,
    body: JSON.stringify(record),
    version: 1,
    seq,
    created_by: 'staff-1',
    tablet_id: 'tablet-1',
    updated_at: at,
    application_id: applicationId,
  };
}
