import { describe, expect, it } from 'vitest';
import { examplePerson } from '../../src/core/records/examples';
import type { PersonId } from '../../src/core/ids';
import { migrateToLatest } from '../../src/register/db/migrate';
import { readPullPage } from '../../src/register/sync/pullPage';
import { testDatabases } from '../support/databases';
import { clinicRecordRow, clinicRow, databasesAtMigration } from '../support/registerAtMigration';

// Migration 0019 on a register that already holds a clinic's records from two tablets: the
// pull's index now holds the writer (src/register/db/migrations/0019_pull_index.ts), and a
// tablet's pull still skips its own records and counts what remains of the others'.

const AT = '2026-11-20T10:00:00.000Z';

const person = (n: number) =>
  examplePerson({ id: `0193a0b0-0000-7000-8000-00000000000${n}` as PersonId });

describe.each(testDatabases())('migration 0019 on $engine', (database) => {
  const atMigration = databasesAtMigration(database);

  it("keeps a pull skipping the asking tablet's own records, page and count", async () => {
    const db = await atMigration('0018_voided_card');
    await db.kysely.insertInto('clinic').values(clinicRow('clinic-1', AT)).execute();
    // Seqs 1–5: tablet-1 wrote 1, 3 and 5, tablet-2 wrote 2 and 4.
    const rows = [1, 2, 3, 4, 5].map((seq) => ({
      ...clinicRecordRow('clinic-1', person(seq), seq, AT),
      tablet_id: seq % 2 === 1 ? 'tablet-1' : 'tablet-2',
    }));
    await db.kysely.insertInto('clinic_record').values(rows).execute();
    await db.kysely
      .updateTable('sync_counter')
      .set({ value: 5 })
      .where('name', '=', 'seq')
      .execute();

    await migrateToLatest(db);

    const request = { clinicId: 'clinic-1', tabletId: 'tablet-2', cursor: 0 };
    const first = await readPullPage(db, { ...request, limit: 1 });
    expect(first.changes.map((change) => change.seq)).toEqual([1]);
    expect(first).toMatchObject({ cursor: 1, hasMore: true, remaining: 2 });
    const rest = await readPullPage(db, { ...request, cursor: first.cursor, limit: 10 });
    expect(rest.changes.map((change) => change.seq)).toEqual([3, 5]);
    expect(rest).toMatchObject({ cursor: 5, hasMore: false, remaining: 0 });
  });
});
