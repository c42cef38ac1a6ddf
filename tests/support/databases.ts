import { randomBytes } from 'node:crypto';
import pg from 'pg';

// The database engines the register suites run on: SQLite always; PostgreSQL too when
// TEST_DATABASE_URL names an admin connection (e.g. postgres://postgres@127.0.0.1:5432/postgres).
// Each suite gets a database of its own, created here and dropped afterwards, so suites can
// run in parallel and never see each other's rows.

export type TestDatabase = {
  readonly engine: 'sqlite' | 'postgres';
  /** Makes a fresh, empty database; `url` is undefined for SQLite (the register's temp file). */
  create(): Promise<{ readonly url: string | undefined; readonly drop: () => Promise<void> }>;
};

const sqlite: TestDatabase = {
  engine: 'sqlite',
  create: () => Promise.resolve({ url: undefined, drop: () => Promise.resolve() }),
};

/** A fresh, empty PostgreSQL database `<prefix>_<random>` on the admin connection's server. */
export async function createPostgresDatabase(
  adminUrl: string,
  prefix = 'serodesk_test',
): Promise<{ readonly url: string; readonly drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

function postgres(adminUrl: string): TestDatabase {
  return { engine: 'postgres', create: () => createPostgresDatabase(adminUrl) };
}

/** The engines configured for this run, for `describe.each`. */
export function testDatabases(): TestDatabase[] {
  const adminUrl = process.env['TEST_DATABASE_URL'];
  return adminUrl === undefined || adminUrl === '' ? [sqlite] : [sqlite, postgres(adminUrl)];
}
