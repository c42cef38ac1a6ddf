import { describe, expect, it } from 'vitest';
import { exampleReceipt } from '../records/examples';
import type { FiscalReceipt } from './fiscalReceipt';
import { receiptKey, receiptKeysOf } from './receiptKey';

const paid: FiscalReceipt = exampleReceipt({ documentNumber: '12345' });

describe('a receipt’s identity', () => {
  it('identifies a receipt by its drive and document number', () => {
    expect(receiptKey(paid)).toBe('7284440500123456:12345');
    const resigned: FiscalReceipt = { ...paid, fiscalSign: '1', sumKopecks: 1 };
    expect(receiptKey(resigned)).toBe(receiptKey(paid));
    expect(receiptKey({ ...paid, documentNumber: '12346' })).not.toBe(receiptKey(paid));
  });

  it('lists the receipts a contract carries, the payment’s first', () => {
    const refund = { ...paid, documentNumber: '12350', operation: 'income-return' as const };
    expect(receiptKeysOf({})).toEqual([]);
    expect(receiptKeysOf({ receipt: paid })).toEqual(['7284440500123456:12345']);
    expect(receiptKeysOf({ receipt: paid, refundReceipt: refund })).toEqual([
      '7284440500123456:12345',
      '7284440500123456:12350',
    ]);
  });
});
