import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterDb } from './connect';
import { openDatabase } from './connect';
import { migrateToLatest } from './migrate';

// SQLite's many-row inserts: every row lands once, with its own values, whatever the count
// (groups of 64, then 32, 16, … 1).

let dir: string;
let db: RegisterDb;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'serodesk-rows-'));
  db = openDatabase({ kind: 'sqlite', file: path.join(dir, 'register.sqlite') }, () => undefined);
  await migrateToLatest(db);
});

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

function ops(prefix: string, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    op_id: `${prefix}-${String(i).padStart(4, '0')}`,
    tablet_id: 'tablet',
    record_id: i % 2 === 0 ? `record-${i}` : null,
    seq: i,
    answer: `{"n":${i}}`,
    received_at: '2026-12-01T00:00:00.000Z',
    content_hash: null,
  }));
}

describe('sqliteInsertRows', () => {
  it.each([0, 1, 63, 64, 100, 1000, 1001])('writes %i rows, each as given', async (count) => {
    const rows = ops(`n${count}`, count);
    await db.kysely.transaction().execute((tx) => db.insertRows(tx, 'sync_op', rows));
    const stored = await db.kysely
      .selectFrom('sync_op')
      .selectAll()
      .where('op_id', 'like', `n${count}-%`)
      .orderBy('op_id')
      .execute();
    expect(stored).toEqual(rows);
  });
});
