import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegisterDb } from './connect';
import { openDatabase, SQLITE_PAGE_BYTES } from './connect';

// A new register file is made with 8 KB pages (connect.ts, SQLITE_PAGE_BYTES); a file made
// before, with SQLite's 4 KB, keeps them and goes on working.

const dirs: string[] = [];
const open: RegisterDb[] = [];

afterEach(async () => {
  for (const db of open.splice(0)) await db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'serodesk-page-'));
  dirs.push(dir);
  return path.join(dir, 'register.sqlite');
}

function openRegister(file: string): RegisterDb {
  const db = openDatabase({ kind: 'sqlite', file }, () => undefined);
  open.push(db);
  return db;
}

async function pageSize(db: RegisterDb): Promise<number> {
  const { rows } = await sql<{ page_size: number }>`pragma page_size`.execute(db.kysely);
  return Number(rows[0]?.page_size);
}

describe('the register database page size', () => {
  it('makes a new file with 8 KB pages', async () => {
    const db = openRegister(tempFile());
    await sql`create table t (id integer primary key, body text not null)`.execute(db.kysely);
    await sql`insert into t (body) values (${'x'.repeat(3000)})`.execute(db.kysely);
    expect(SQLITE_PAGE_BYTES).toBe(8192);
    expect(await pageSize(db)).toBe(8192);
  });

  it('keeps the 4 KB pages of a file made before, and reads and writes it', async () => {
    const file = tempFile();
    const before = new Database(file);
    before.pragma('journal_mode = WAL');
    before.exec(`create table t (id integer primary key, body text not null)`);
    before.prepare('insert into t (body) values (?)').run('written before');
    expect(before.pragma('page_size', { simple: true })).toBe(4096);
    before.close();

    const db = openRegister(file);
    await sql`insert into t (body) values (${'written after'})`.execute(db.kysely);
    const { rows } = await sql<{ body: string }>`select body from t order by id`.execute(db.kysely);
    expect(rows.map((row) => row.body)).toEqual(['written before', 'written after']);
    expect(await pageSize(db)).toBe(4096);
  });
});
