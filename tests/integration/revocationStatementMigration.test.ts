import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_IDS,
  exampleCertificate,
  examplePerson,
  exampleRevocation,
} from '../../src/core/records/examples';
import type { ClinicRecord } from '../../src/core/records/record';
import { migrateToLatest } from '../../src/register/db/migrate';
import { loadStatementRecords } from '../../src/register/sync/recordStore';
import { testDatabases } from '../support/databases';
import { clinicRecordRow, clinicRow, databasesAtMigration } from '../support/registerAtMigration';

// Migration 0017 on a register that already holds a revoked certificate: the revocation
// joins its certificate's statement, so the rules see it there and refuse a new certificate
// on that statement (src/core/rules/recordRules.ts).

const AT = '2026-11-20T10:00:00.000Z';

const row = (record: ClinicRecord, seq: number, applicationId: string | null) =>
  clinicRecordRow('clinic-1', record, seq, AT, applicationId);

describe.each(testDatabases())('migration 0017 on $engine', (database) => {
  const atMigration = databasesAtMigration(database);

  it('puts a revocation written before it into its certificate’s statement', async () => {
    const db = await atMigration('0016_contract_receipts');
    await db.kysely
      .insertInto('clinic')
      .values([clinicRow('clinic-1', AT)])
      .execute();
    const certificate = exampleCertificate();
    const revocation = exampleRevocation({ reason: 'fraud', note: 'Подложный паспорт' });
    // A revocation of a certificate the register does not hold stays outside any statement.
    const stray = exampleRevocation({
      id: '0193a0b0-0000-7000-8000-0000000000e9' as never,
      certificateId: '0193a0b0-0000-7000-8000-0000000000f9' as never,
    });
    await db.kysely
      .insertInto('clinic_record')
      .values([
        row(examplePerson(), 1, null),
        row(certificate, 2, EXAMPLE_IDS.application),
        row(revocation, 3, null),
        row(stray, 4, null),
      ])
      .execute();

    await migrateToLatest(db);

    const columns = await db.kysely
      .selectFrom('clinic_record')
      .select(['seq', 'application_id'])
      .orderBy('seq')
      .execute();
    expect(columns).toEqual([
      { seq: 1, application_id: null },
      { seq: 2, application_id: EXAMPLE_IDS.application },
      { seq: 3, application_id: EXAMPLE_IDS.application },
      { seq: 4, application_id: null },
    ]);
    const statement = await loadStatementRecords(db.kysely, 'clinic-1', EXAMPLE_IDS.application);
    expect(statement.map((record) => record.kind)).toEqual(['certificate', 'revocation']);
  });
});
