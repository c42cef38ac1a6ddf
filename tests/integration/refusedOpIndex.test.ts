import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/register/db/migrate';
import type { RegisterDb } from '../../src/register/db/connect';
import {
  REFUSED_OP_RETENTION_MS,
  sweepRefusedOps,
} from '../../src/register/sync/refusedOpRetention';
import { testDatabases } from '../support/databases';
import { databasesAtMigration } from '../support/registerAtMigration';

// Migration 0020 (src/register/db/migrations/0020_refused_op_index.ts): the hourly sweep of
// refused ops finds them through an index that holds only refusals, instead of reading every
// op the register ever took; a register upgraded with refusals in it sweeps as before.

const NOW = new Date('2026-12-07T12:00:00.000Z');
const OLD = new Date(NOW.getTime() - REFUSED_OP_RETENTION_MS - 60_000).toISOString();
const RECENT = new Date(NOW.getTime() - 60_000).toISOString();

function op(opId: string, seq: number | null, receivedAt: string) {
  return {
    op_id: opId,
    tablet_id: 'tablet-1',
    record_id: null,
    seq,
    answer: '{}',
    received_at: receivedAt,
    content_hash: null,
  };
}

/** The engine's plan for the sweep's delete, as one text. */
async function sweepPlan(db: RegisterDb, engine: 'sqlite' | 'postgres'): Promise<string> {
  const sweep = sql`delete from sync_op where seq is null and received_at < ${OLD}`;
  if (engine === 'sqlite') {
    const plan = await sql<{ detail: string }>`explain query plan ${sweep}`.execute(db.kysely);
    return plan.rows.map((row) => row.detail).join('\n');
  }
  // A table of a few rows is cheaper to scan than any index; with scans priced out, the plan
  // says whether the index can serve the sweep at all. One connection, so the setting holds.
  return db.kysely.connection().execute(async (connection) => {
    await sql`set enable_seqscan = off`.execute(connection);
    const plan = await sql<Record<string, string>>`explain ${sweep}`.execute(connection);
    return plan.rows.map((row) => Object.values(row).join(' ')).join('\n');
  });
}

describe.each(testDatabases())('migration 0020 on $engine', (database) => {
  const atMigration = databasesAtMigration(database);

  it('sweeps the old refusals of an upgraded register through an index of refusals only', async () => {
    const db = await atMigration('0019_pull_index');
    await db.kysely
      .insertInto('sync_op')
      .values([
        op('refused-old', null, OLD),
        op('refused-recent', null, RECENT),
        op('accepted-old', 1, OLD),
      ])
      .execute();
    expect(await sweepPlan(db, database.engine)).not.toContain('sync_op_refused_received_idx');

    await migrateToLatest(db);

    expect(await sweepPlan(db, database.engine)).toContain('sync_op_refused_received_idx');
    expect(await sweepRefusedOps(db, NOW)).toBe(1);
    const left = await db.kysely.selectFrom('sync_op').select('op_id').orderBy('op_id').execute();
    expect(left.map((row) => row.op_id)).toEqual(['accepted-old', 'refused-recent']);
  });
});
