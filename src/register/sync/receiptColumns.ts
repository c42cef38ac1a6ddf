import { receiptKey } from '../../core/contract/receiptKey';
import type { ClinicRecord } from '../../core/records/record';
import type { ClinicRecordTable } from '../db/tables';

// The receipts a contract carries, kept beside its body in clinic_record so that the rule
// "one receipt, one contract" (core/rules/receiptRules.ts) finds the other contract holding one
// with an indexed look-up (ruleStore.ts `loadReceiptHolders`, migration 0016):
//
//   contract  {receipt: {fiscalDrive: "7284440500123456", documentNumber: "501", …}}
//             → receipt_key "7284440500123456:501", refund_receipt_key null

/** A contract's receipts as the row keeps them (migration 0016); null for other records. */
export function receiptColumns(
  record: ClinicRecord,
): Pick<ClinicRecordTable, 'receipt_key' | 'refund_receipt_key'> {
  if (record.kind !== 'contract') return { receipt_key: null, refund_receipt_key: null };
  return {
    receipt_key: record.receipt === undefined ? null : receiptKey(record.receipt),
    refund_receipt_key:
      record.refundReceipt === undefined ? null : receiptKey(record.refundReceipt),
  };
}
