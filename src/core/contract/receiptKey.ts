import type { FiscalReceipt } from './fiscalReceipt';

// A fiscal receipt's identity, apart from fiscalReceipt.ts's parsing (and its zod) so the
// tablet's storage can index contracts by it without loading either.

/** What names a receipt: ФН and ФД. */
export type ReceiptIdentity = Pick<FiscalReceipt, 'fiscalDrive' | 'documentNumber'>;

/** A receipt's identity: a drive numbers its documents once, so ФН and ФД name one receipt. */
export function receiptKey(receipt: ReceiptIdentity): string {
  return `${receipt.fiscalDrive}:${receipt.documentNumber}`;
}

/**
 * The receipts a contract carries, by identity: its payment's and its refund's. One receipt
 * proves one payment (or one refund), so no two contracts of a clinic may carry the same key
 * (core/rules/receiptRules.ts); the stores index contracts by these keys.
 *
 *   {receipt: {fiscalDrive: "7284440500123456", documentNumber: "501", …}}  →  ["7284440500123456:501"]
 */
export function receiptKeysOf(contract: {
  readonly receipt?: ReceiptIdentity | undefined;
  readonly refundReceipt?: ReceiptIdentity | undefined;
}): string[] {
  const keys: string[] = [];
  if (contract.receipt !== undefined) keys.push(receiptKey(contract.receipt));
  if (contract.refundReceipt !== undefined) keys.push(receiptKey(contract.refundReceipt));
  return keys;
}
