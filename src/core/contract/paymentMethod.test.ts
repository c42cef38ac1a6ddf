import { describe, expect, it } from 'vitest';
import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS, isPaymentMethod } from './paymentMethod';

describe('payment methods', () => {
  it('offers cash, card, SBP and bank transfer, each labelled in both languages', () => {
    expect(PAYMENT_METHODS).toEqual(['cash', 'card', 'sbp', 'transfer']);
    for (const method of PAYMENT_METHODS) {
      expect(PAYMENT_METHOD_LABELS[method].ru).not.toBe('');
      expect(PAYMENT_METHOD_LABELS[method].en).not.toBe('');
    }
    expect(PAYMENT_METHOD_LABELS.sbp.ru).toContain('СБП');
  });

  it('knows its own methods and no others', () => {
    expect(isPaymentMethod('sbp')).toBe(true);
    expect(isPaymentMethod('cheque')).toBe(false);
  });
});
