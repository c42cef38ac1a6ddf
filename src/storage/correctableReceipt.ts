import type { ClinicRecord } from '../core/records/record';

// Which receipt of a contract the register refused for `receipt-on-another-contract` the
// clerk may correct on this tablet (receiptCorrection.ts writes the correction).
//
// Which receipt is wrong follows from what the register holds: a contract it never had paid
// was refused for its payment's receipt; one it holds paid, refunded here, for the refund's.
// A contract paid and refunded before either reached the register leaves it open which one
// was meant, and is left to an administrator (save to a file, discard, record again).

export type CorrectableReceipt = 'receipt' | 'refundReceipt';

/**
 * Which receipt of a refused contract the clerk may replace, if any. Pure.
 * `registerVersion` is the envelope's: 0 when the register never had the record.
 */
export function receiptToCorrect(refused: {
  readonly reasonCode: string;
  readonly record: ClinicRecord | undefined;
  readonly registerRecord: ClinicRecord | undefined;
  readonly registerVersion: number;
}): CorrectableReceipt | undefined {
  const { reasonCode, record, registerRecord, registerVersion } = refused;
  if (reasonCode !== 'receipt-on-another-contract' || record?.kind !== 'contract') return undefined;
  const held = registerRecord?.kind === 'contract' ? registerRecord.status : undefined;
  // A copy the tablet did not keep (an edit queued before it kept one): unknown, so not offered.
  if (held === undefined && registerVersion > 0) return undefined;
  if (record.status === 'paid' && (held === undefined || held === 'draft')) return 'receipt';
  if (record.status === 'refunded' && held === 'paid') return 'refundReceipt';
  return undefined;
}
