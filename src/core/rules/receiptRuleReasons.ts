// Why a contract's payment or refund is refused for its fiscal receipt (receiptRules.ts), in
// the one closed set of rule reasons (ruleReasons.ts). The amounts of a sum that differs are
// in the refusal's detail ("receipt 900,00 ₽, price 950,00 ₽"); the desk's form shows both
// before it ever writes (receiptForContract.ts), so this is the backstop for a tablet that
// skipped it. A receipt already on another contract names that contract in the detail
// ("ФН 7284440500123456, ФД 501; № KAM01-T09-2026-000123"), which the desk shows with the
// message.
import type { MessageTable } from '../bilingual';

export const RECEIPT_RULE_REASONS = [
  'payment-receipt-missing',
  'payment-receipt-not-income',
  'payment-receipt-sum-differs',
  'refund-receipt-missing',
  'refund-receipt-not-income-return',
  'refund-receipt-sum-differs',
  'receipt-on-another-contract',
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
  'receipt-on-another-contract': {
    ru: 'Этот кассовый чек (тот же ФН и ФД) уже записан на другой договор клиники: один чек подтверждает оплату или возврат только по одному договору. Сверьте ФД с бумажным чеком',
    en: 'This cash receipt (the same ФН and ФД) is already recorded on another of the clinic’s contracts: one receipt proves the payment or refund of one contract only. Check the ФД against the paper receipt',
  },
};
