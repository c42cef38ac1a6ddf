import { describe, expect, it } from 'vitest';
import type { ReceiptLocalTime } from '../../src/core/contract/fiscalReceipt';
import { exampleContract, examplePerson, exampleReceipt } from '../../src/core/records/examples';
import type { ClinicRecord } from '../../src/core/records/record';
import { migrateToLatest } from '../../src/register/db/migrate';
import { loadReceiptHolders } from '../../src/register/sync/ruleStore';
import { testDatabases } from '../support/databases';
import { clinicRecordRow, clinicRow, databasesAtMigration } from '../support/registerAtMigration';

// Migration 0016 on a register that already holds paid and refunded contracts: each
// contract's receipts get their columns from its body, so a receipt recorded before the
// migration is refused on a new contract of the same clinic — and only of that clinic.

const AT = '2026-11-20T10:00:00.000Z';
const DRIVE = '7284440500123456';

const row = (clinicId: string, record: ClinicRecord, seq: number) =>
  clinicRecordRow(clinicId, record, seq, AT);

describe.each(testDatabases())('migration 0016 on $engine', (database) => {
  const atMigration = databasesAtMigration(database);

  it('indexes the receipts of contracts written before it, clinic by clinic', async () => {
    const db = await atMigration('0015_history_superseded');
    await db.kysely
      .insertInto('clinic')
      .values([clinicRow('clinic-1', AT), clinicRow('clinic-2', AT)])
      .execute();

    const paid = exampleContract({
      id: '0193a0b0-0000-7000-8000-0000000000c1' as never,
      number: 'KAM01-T09-2026-000001' as never,
      receipt: exampleReceipt({ fiscalDrive: DRIVE, documentNumber: '501' }),
    });
    const refunded = exampleContract({
      id: '0193a0b0-0000-7000-8000-0000000000c2' as never,
      number: 'KAM01-T09-2026-000002' as never,
      receipt: exampleReceipt({ fiscalDrive: DRIVE, documentNumber: '502' }),
      status: 'refunded',
      cancelReason: 'Отказ от услуги',
      cancelledAt: AT,
      refundReceipt: exampleReceipt({
        fiscalDrive: DRIVE,
        documentNumber: '503',
        localTime: '2026-11-20T14:00' as ReceiptLocalTime,
        operation: 'income-return',
      }),
    });
    // Another clinic's register numbers its documents on a drive of its own; even the same
    // key there is not this clinic's receipt.
    const elsewhere = exampleContract({
      id: '0193a0b0-0000-7000-8000-0000000000c3' as never,
      number: 'KAM02-T01-2026-000001' as never,
      receipt: exampleReceipt({ fiscalDrive: DRIVE, documentNumber: '504' }),
    });
    await db.kysely
      .insertInto('clinic_record')
      .values([
        row('clinic-1', paid, 1),
        row('clinic-1', refunded, 2),
        row('clinic-1', examplePerson(), 3),
        row('clinic-2', elsewhere, 4),
      ])
      .execute();

    await migrateToLatest(db);

    const columns = await db.kysely
      .selectFrom('clinic_record')
      .select(['seq', 'receipt_key', 'refund_receipt_key'])
      .orderBy('seq')
      .execute();
    expect(columns).toEqual([
      { seq: 1, receipt_key: `${DRIVE}:501`, refund_receipt_key: null },
      { seq: 2, receipt_key: `${DRIVE}:502`, refund_receipt_key: `${DRIVE}:503` },
      { seq: 3, receipt_key: null, refund_receipt_key: null },
      { seq: 4, receipt_key: `${DRIVE}:504`, refund_receipt_key: null },
    ]);

    const keys = [501, 502, 503, 504, 505].map((n) => `${DRIVE}:${n}`);
    const holders = await loadReceiptHolders(db.kysely, 'clinic-1', keys, 'a-new-contract');
    expect(Object.fromEntries(holders)).toEqual({
      [`${DRIVE}:501`]: { contractId: paid.id, number: paid.number },
      [`${DRIVE}:502`]: { contractId: refunded.id, number: refunded.number },
      [`${DRIVE}:503`]: { contractId: refunded.id, number: refunded.number },
    });
    // A contract is never its own receipt's other holder.
    const own = await loadReceiptHolders(db.kysely, 'clinic-1', [`${DRIVE}:501`], paid.id);
    expect(own.size).toBe(0);
  });
});
