// How a paid service was paid for. Every method gets a cash-register receipt (54-ФЗ applies
// to settlements with a person in cash and without cash alike), so the method never replaces
// the receipt; it says which total of the shift report the payment falls under.
//   "method": "sbp"
import type { Bilingual } from '../bilingual';

export const PAYMENT_METHODS = ['cash', 'card', 'sbp', 'transfer'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_METHOD_LABELS: { readonly [K in PaymentMethod]: Bilingual } = {
  cash: { ru: 'Наличные', en: 'Cash' },
  card: { ru: 'Банковская карта', en: 'Bank card' },
  sbp: { ru: 'СБП (Система быстрых платежей)', en: 'SBP (Faster Payments System)' },
  transfer: { ru: 'Банковский перевод', en: 'Bank transfer' },
};

export function isPaymentMethod(value: string): value is PaymentMethod {
  return (PAYMENT_METHODS as readonly string[]).includes(value);
}
