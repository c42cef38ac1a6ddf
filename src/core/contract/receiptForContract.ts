// Whether a fiscal receipt is the one a contract's payment or refund needs. A payment is
// proved by a receipt of type «Приход» (n=1) for exactly the contract's price; a refund by a
// «Возврат прихода» (n=2) for the same sum (54-ФЗ: a refund is its own receipt, never an
// edit of the first). A wrong sum is refused with both amounts shown, so the cashier sees at
// once which of the two is off.
import type { Bilingual } from '../bilingual';
import type { FiscalReceipt, ReceiptOperation } from './fiscalReceipt';
import { RECEIPT_OPERATION_LABELS } from './fiscalReceipt';
import { formatRoubles } from './roubles';

export type ReceiptPurpose = 'payment' | 'refund';

export type ReceiptContractFailure =
  | {
      readonly ok: false;
      readonly reason: 'receipt-not-income' | 'receipt-not-income-return';
      readonly operation: ReceiptOperation;
    }
  | {
      readonly ok: false;
      readonly reason: 'receipt-sum-differs';
      readonly receiptKopecks: number;
      readonly priceKopecks: number;
    };

export type ReceiptContractReason = ReceiptContractFailure['reason'];

const OPERATION_FOR: { readonly [K in ReceiptPurpose]: ReceiptOperation } = {
  payment: 'income',
  refund: 'income-return',
};

export function checkReceiptForContract(
  receipt: FiscalReceipt,
  contract: { readonly priceKopecks: number; readonly kind: ReceiptPurpose },
): { readonly ok: true; readonly value: FiscalReceipt } | ReceiptContractFailure {
  if (receipt.operation !== OPERATION_FOR[contract.kind]) {
    const reason = contract.kind === 'payment' ? 'receipt-not-income' : 'receipt-not-income-return';
    return { ok: false, reason, operation: receipt.operation };
  }
  if (receipt.sumKopecks !== contract.priceKopecks) {
    return {
      ok: false,
      reason: 'receipt-sum-differs',
      receiptKopecks: receipt.sumKopecks,
      priceKopecks: contract.priceKopecks,
    };
  }
  return { ok: true, value: receipt };
}

/** The message for a refusal; it carries the amounts or the receipt's type, so it is built. */
export function receiptContractMessage(failure: ReceiptContractFailure): Bilingual {
  switch (failure.reason) {
    case 'receipt-not-income': {
      const found = RECEIPT_OPERATION_LABELS[failure.operation];
      return {
        ru: `Для оплаты нужен чек с признаком «Приход» (n=1), а этот чек — «${found.ru}»`,
        en: `A payment needs a receipt of type "Income" (n=1); this one is "${found.en}"`,
      };
    }
    case 'receipt-not-income-return': {
      const found = RECEIPT_OPERATION_LABELS[failure.operation];
      return {
        ru: `Для возврата нужен чек с признаком «Возврат прихода» (n=2), а этот чек — «${found.ru}»`,
        en: `A refund needs a receipt of type "Return of income" (n=2); this one is "${found.en}"`,
      };
    }
    case 'receipt-sum-differs': {
      const receipt = formatRoubles(failure.receiptKopecks);
      const price = formatRoubles(failure.priceKopecks);
      return {
        ru: `Сумма в чеке ${receipt} не равна цене услуги ${price}`,
        en: `The receipt's sum ${receipt} is not the service price ${price}`,
      };
    }
  }
}
