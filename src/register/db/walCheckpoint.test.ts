import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegisterDb } from './connect';
import { openDatabase } from './connect';
import { CHECKPOINT_INTERVAL_MS, FALLBACK_AUTOCHECKPOINT_PAGES } from './walCheckpoint';

// The register's SQLite connection leaves checkpoints to a worker (walCheckpoint.ts): what
// it commits reaches the database file within a few intervals, with no checkpoint of its own.

const dirs: string[] = [];
let db: RegisterDb | undefined;

afterEach(async () => {
  await db?.close();
  db = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function openTemp(): { db: RegisterDb; file: string; errors: Error[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'serodesk-wal-'));
  dirs.push(dir);
  const file = path.join(dir, 'register.sqlite');
  const errors: Error[] = [];
  db = openDatabase({ kind: 'sqlite', file }, (error) => errors.push(error));
  return { db, file, errors };
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return check();
}

describe('WAL checkpoints off the request path', () => {
  it('copies committed writes into the database file in the background', async () => {
    const { db, file, errors } = openTemp();
    await sql`create table t (id integer primary key, body text not null)`.execute(db.kysely);
    const before = statSync(file).size;
    // ~800 KB of log (100–200 pages): far below the connection's own automatic checkpoint.
    expect(FALLBACK_AUTOCHECKPOINT_PAGES).toBeGreaterThan(1000);
    await db.kysely.transaction().execute(async (tx) => {
      for (let i = 0; i < 200; i++) {
        await sql`insert into t (body) values (${'x'.repeat(4000)})`.execute(tx);
      }
    });
    const grew = await until(
      () => statSync(file).size > before + 150 * 4096,
      20 * CHECKPOINT_INTERVAL_MS,
    );
    expect(grew).toBe(true);
    expect(errors).toEqual([]);
  });

  it('leaves no log behind once closed', async () => {
    const { db: opened, file } = openTemp();
    await sql`create table t (id integer primary key)`.execute(opened.kysely);
    await sql`insert into t (id) values (1)`.execute(opened.kysely);
    await opened.close();
    db = undefined;
    expect(() => statSync(`${file}-wal`)).toThrow();
  });
});
