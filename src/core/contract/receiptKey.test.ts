import { describe, expect, it } from 'vitest';
import type { FiscalReceipt, ReceiptLocalTime } from './fiscalReceipt';
import { receiptKey, receiptKeysOf } from './receiptKey';

const paid: FiscalReceipt = {
  localTime: '2026-12-01T10:30' as ReceiptLocalTime,
  sumKopecks: 95000,
  fiscalDrive: '7284440500123456',
  documentNumber: '12345',
  fiscalSign: '1234567890',
  operation: 'income',
};

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
