import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/register/db/migrate';
import { testDatabases } from '../support/databases';
import { clinicRow, databasesAtMigration } from '../support/registerAtMigration';

// Migration 0015 on a register that kept every version, the current one included: the copies
// of current versions leave the history, the versions a record left behind stay, and the
// record rows are untouched.

const AT = '2026-11-20T10:00:00.000Z';

function record(id: string, version: number, seq: number, tablet: string) {
  return {
    id,
    clinic_id: 'clinic-1',
    kind: 'person',
    body: `{"id":"${id}","version":${version}}`,
    version,
    seq,
    created_by: 'staff-1',
    tablet_id: tablet,
    updated_at: AT,
    application_id: null,
  };
}

function version(recordId: string, number: number, seq: number, tablet: string) {
  return {
    record_id: recordId,
    version: number,
    body: `{"id":"${recordId}","version":${number}}`,
    tablet_id: tablet,
    seq,
    written_at: AT,
  };
}

describe.each(testDatabases())('migration 0015 on $engine', (database) => {
  const atMigration = databasesAtMigration(database);

  it('keeps the versions records left behind and drops the copies of their current ones', async () => {
    const db = await atMigration('0014_report_indexes');
    await db.kysely.insertInto('clinic').values(clinicRow('clinic-1', AT)).execute();
    // "one": never edited; "three": edited twice, by tablets B and then C.
    await db.kysely
      .insertInto('clinic_record')
      .values([record('one', 1, 1, 'A'), record('three', 3, 4, 'C')])
      .execute();
    await db.kysely
      .insertInto('clinic_record_version')
      .values([
        version('one', 1, 1, 'A'),
        version('three', 1, 2, 'A'),
        version('three', 2, 3, 'B'),
        version('three', 3, 4, 'C'),
      ])
      .execute();

    await migrateToLatest(db);

    const history = await db.kysely
      .selectFrom('clinic_record_version')
      .select(['record_id', 'version', 'tablet_id', 'seq'])
      .orderBy('record_id')
      .orderBy('version')
      .execute();
    expect(history).toEqual([
      { record_id: 'three', version: 1, tablet_id: 'A', seq: 2 },
      { record_id: 'three', version: 2, tablet_id: 'B', seq: 3 },
    ]);
    const records = await db.kysely
      .selectFrom('clinic_record')
      .select(['id', 'version', 'body'])
      .orderBy('id')
      .execute();
    expect(records).toEqual([
      { id: 'one', version: 1, body: '{"id":"one","version":1}' },
      { id: 'three', version: 3, body: '{"id":"three","version":3}' },
    ]);
  });
});
