// Why a contract's payment or refund is refused for its fiscal receipt (receiptRules.ts), in
// the one closed set of rule reasons (ruleReasons.ts). The amounts of a sum that differs are
// in the refusal's detail ("receipt 900,00 ₽, price 950,00 ₽"); the desk's form shows both
// before it ever writes (receiptForContract.ts), so this is the backstop for a tablet that
// skipped it.
import type { MessageTable } from '../bilingual';

export const RECEIPT_RULE_REASONS = [
  'payment-receipt-missing',
  'payment-receipt-not-income',
  'payment-receipt-sum-differs',
  'refund-receipt-missing',
  'refund-receipt-not-income-return',
  'refund-receipt-sum-differs',
] as const;
export type ReceiptRuleReason = (typeof RECEIPT_RULE_REASONS)[number];

export const RECEIPT_RULE_MESSAGES: MessageTable<ReceiptRuleReason> = {
  'payment-receipt-missing': {
    ru: 'Оплата записывается только с кассовым чеком: отсканируйте QR-код чека или введите его данные',
    en: 'A payment is recorded only with its cash receipt: scan the receipt’s QR code or type its fields',
  },
  'payment-receipt-not-income': {
    ru: 'Для оплаты нужен чек с признаком «Приход» (n=1)',
    en: 'A payment needs a receipt of type “Income” (n=1)',
  },
  'payment-receipt-sum-differs': {
    ru: 'Сумма в чеке оплаты не равна цене услуги по договору (суммы названы в подробностях)',
    en: 'The payment receipt’s sum is not the contract’s price (both amounts are in the detail)',
  },
  'refund-receipt-missing': {
    ru: 'Возврат оформляется только с чеком «Возврат прихода» (n=2): отсканируйте его QR-код или введите данные',
    en: 'A refund is recorded only with its “Return of income” receipt (n=2): scan its QR code or type its fields',
  },
  'refund-receipt-not-income-return': {
    ru: 'Для возврата нужен чек с признаком «Возврат прихода» (n=2)',
    en: 'A refund needs a receipt of type “Return of income” (n=2)',
  },
  'refund-receipt-sum-differs': {
    ru: 'Сумма в чеке возврата не равна цене услуги по договору (суммы названы в подробностях)',
    en: 'The refund receipt’s sum is not the contract’s price (both amounts are in the detail)',
  },
};
