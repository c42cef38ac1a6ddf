// The fiscal receipts a contract must carry (54-ФЗ; issue #11 item 6), judged against the
// contract the store already holds, so only what a write *adds* is judged:
//
//   paid (or refunded) for the first time   needs `receipt`: «Приход» (n=1), sum = price
//   refunded for the first time             needs `refundReceipt`: «Возврат прихода» (n=2),
//                                           sum = price
//
// A contract paid before receipts were recorded (issue #11) keeps only its `receiptNumber`; it
// is never judged again, and its refund still needs the refund receipt.
import type { FiscalReceipt } from '../contract/fiscalReceipt';
import type { ReceiptPurpose } from '../contract/receiptForContract';
import { checkReceiptForContract } from '../contract/receiptForContract';
import { formatRoubles } from '../contract/roubles';
import type { ContractRecord } from '../records/contract';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { ReceiptRuleReason } from './receiptRuleReasons';

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

/** Whether `contract` carries the receipts its new payment or refund needs. Pure. */
export function checkContractReceipts(
  contract: ContractRecord,
  stored: ContractRecord | undefined,
): Verdict {
  const paidBefore = stored?.status === 'paid' || stored?.status === 'refunded';
  const paidNow = contract.status === 'paid' || contract.status === 'refunded';
  if (paidNow && !paidBefore) {
    const payment = checkReceipt(contract.receipt, contract.priceKopecks, 'payment');
    if (!payment.ok) return payment;
  }
  if (contract.status === 'refunded' && stored?.status !== 'refunded') {
    return checkReceipt(contract.refundReceipt, contract.priceKopecks, 'refund');
  }
  return ok(undefined);
}
