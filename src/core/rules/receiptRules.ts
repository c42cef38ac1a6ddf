// The fiscal receipts a contract must carry (54-ФЗ; issue #11 item 6), judged against the
// contract the store already holds, so only what a write *adds* is judged:
//
//   paid (or refunded) for the first time   needs `receipt`: «Приход» (n=1), sum = price
//   refunded for the first time             needs `refundReceipt`: «Возврат прихода» (n=2),
//                                           sum = price
//   a receipt new on the contract           carried by no other contract of the clinic: one
//                                           receipt proves one payment or one refund (else a
//                                           second certificate could be paid with the first
//                                           one's receipt, and the day's reconciliation,
//                                           which counts a receipt once, would still agree)
//
// A contract paid before receipts were recorded (issue #11) keeps only its `receiptNumber`; it
// is never judged again, and its refund still needs the refund receipt.
import type { FiscalReceipt } from '../contract/fiscalReceipt';
import { receiptKey, receiptKeysOf } from '../contract/receiptKey';
import type { ReceiptPurpose } from '../contract/receiptForContract';
import { checkReceiptForContract } from '../contract/receiptForContract';
import { formatRoubles } from '../contract/roubles';
import type { ContractRecord } from '../records/contract';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { ReceiptRuleReason } from './receiptRuleReasons';
import type { ReceiptHolder } from './ruleFacts';

type Verdict = Result<void, ReceiptRuleReason>;

const REASONS: {
  readonly [P in ReceiptPurpose]: {
    readonly missing: ReceiptRuleReason;
    readonly operation: ReceiptRuleReason;
    readonly sum: ReceiptRuleReason;
  };
} = {
  payment: {
    missing: 'payment-receipt-missing',
    operation: 'payment-receipt-not-income',
    sum: 'payment-receipt-sum-differs',
  },
  refund: {
    missing: 'refund-receipt-missing',
    operation: 'refund-receipt-not-income-return',
    sum: 'refund-receipt-sum-differs',
  },
};

function checkReceipt(
  receipt: FiscalReceipt | undefined,
  priceKopecks: number,
  kind: ReceiptPurpose,
): Verdict {
  const reasons = REASONS[kind];
  if (receipt === undefined) return fail(reasons.missing);
  const checked = checkReceiptForContract(receipt, { priceKopecks, kind });
  if (checked.ok) return ok(undefined);
  if (checked.reason !== 'receipt-sum-differs') return fail(reasons.operation, checked.operation);
  const amounts = `receipt ${formatRoubles(checked.receiptKopecks)}, price ${formatRoubles(checked.priceKopecks)}`;
  return fail(reasons.sum, amounts);
}

/** A receipt the write adds that another contract of the clinic already carries. */
function checkReceiptsUnused(
  contract: ContractRecord,
  stored: ContractRecord | undefined,
  holders: ReadonlyMap<string, ReceiptHolder>,
): Verdict {
  const own = stored === undefined ? [] : receiptKeysOf(stored);
  for (const receipt of [contract.receipt, contract.refundReceipt]) {
    if (receipt === undefined || own.includes(receiptKey(receipt))) continue;
    const holder = holders.get(receiptKey(receipt));
    if (holder !== undefined) {
      const named = `ФН ${receipt.fiscalDrive}, ФД ${receipt.documentNumber}`;
      return fail('receipt-on-another-contract', `${named}; № ${holder.number}`);
    }
  }
  return ok(undefined);
}

/**
 * Whether `contract` carries the receipts its new payment or refund needs, none of them
 * already on another contract (`holders`, ruleFacts.ts). Pure.
 */
export function checkContractReceipts(
  contract: ContractRecord,
  stored: ContractRecord | undefined,
  holders: ReadonlyMap<string, ReceiptHolder>,
): Verdict {
  const paidBefore = stored?.status === 'paid' || stored?.status === 'refunded';
  const paidNow = contract.status === 'paid' || contract.status === 'refunded';
  if (paidNow && !paidBefore) {
    const payment = checkReceipt(contract.receipt, contract.priceKopecks, 'payment');
    if (!payment.ok) return payment;
  }
  if (contract.status === 'refunded' && stored?.status !== 'refunded') {
    const refund = checkReceipt(contract.refundReceipt, contract.priceKopecks, 'refund');
    if (!refund.ok) return refund;
  }
  return checkReceiptsUnused(contract, stored, holders);
}
