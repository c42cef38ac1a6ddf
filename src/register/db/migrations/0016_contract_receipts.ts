import type { Kysely } from 'kysely';
import type { RegisterMigration } from './migration';

// Which fiscal receipts each contract carries, so that a receipt already on one contract of a
// clinic is refused on another (src/core/rules/receiptRules.ts: one receipt proves one
// payment or one refund) with one indexed look-up instead of a scan of contract bodies:
//
//   clinic_record.receipt_key          "7284440500123456:501" | null   the payment's receipt,
//   clinic_record.refund_receipt_key   "7284440500123456:502" | null   the refund's: ФН:ФД
//                                                                     (fiscalReceipt.ts receiptKey)
//
// Null for every other record and for contracts without a receipt; the indexes leave nulls
// out, so a push of people pays nothing for them. Contracts written before this migration are
// filled in here, reading their bodies once.

type Receipt = { fiscalDrive?: unknown; documentNumber?: unknown };

/** The migration sees today's rows only through this shape, not through tables.ts. */
type Tables = {
  clinic_record: {
    id: string;
    kind: string;
    body: string;
    receipt_key: string | null;
    refund_receipt_key: string | null;
  };
};

function keyOf(receipt: Receipt | undefined): string | null {
  if (receipt === undefined) return null;
  const { fiscalDrive, documentNumber } = receipt;
  return typeof fiscalDrive === 'string' && typeof documentNumber === 'string'
    ? `${fiscalDrive}:${documentNumber}`
    : null;
}

export const contractReceiptsMigration: RegisterMigration = {
  async up(untyped: Kysely<unknown>): Promise<void> {
    for (const column of ['receipt_key', 'refund_receipt_key']) {
      await untyped.schema.alterTable('clinic_record').addColumn(column, 'text').execute();
      await untyped.schema
        .createIndex(`clinic_record_clinic_${column}_idx`)
        .on('clinic_record')
        .columns(['clinic_id', column])
        .where(column, 'is not', null)
        .execute();
    }
    const db = untyped as unknown as Kysely<Tables>;
    const contracts = await db
      .selectFrom('clinic_record')
      .select(['id', 'body'])
      .where('kind', '=', 'contract')
      .execute();
    for (const row of contracts) {
      const body = JSON.parse(row.body) as { receipt?: Receipt; refundReceipt?: Receipt };
      const keys = {
        receipt_key: keyOf(body.receipt),
        refund_receipt_key: keyOf(body.refundReceipt),
      };
      if (keys.receipt_key === null && keys.refund_receipt_key === null) continue;
      await db.updateTable('clinic_record').set(keys).where('id', '=', row.id).execute();
    }
  },
};
