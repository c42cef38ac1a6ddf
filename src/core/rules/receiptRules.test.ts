import { describe, expect, it } from 'vitest';
import { exampleContract, exampleReceipt } from '../records/examples';
import type { ContractRecord } from '../records/contract';
import { checkUpdate } from '../records/record';
import { checkContractReceipts } from './receiptRules';

const paid = exampleContract();
const draft: ContractRecord = {
  ...paid,
  status: 'draft',
  paidAt: undefined,
  receiptNumber: undefined,
  receipt: undefined,
};
const refundReceipt = exampleReceipt({ documentNumber: '18', operation: 'income-return' });
const refunded: ContractRecord = {
  ...paid,
  status: 'refunded',
  cancelReason: 'Отказ от услуги',
  cancelledAt: '2026-11-20T02:00:00.000Z',
  refundReceipt,
};

describe('the fiscal receipts a contract must carry', () => {
  it('writes a payment whose receipt is an income receipt for the price', () => {
    expect(checkContractReceipts(paid, draft)).toEqual({ ok: true, value: undefined });
    expect(checkContractReceipts(paid, undefined).ok).toBe(true);
  });

  it('refuses a new payment without a receipt', () => {
    expect(checkContractReceipts({ ...paid, receipt: undefined }, draft)).toEqual({
      ok: false,
      reason: 'payment-receipt-missing',
    });
  });

  it('refuses a payment receipt of another sum, naming both amounts', () => {
    const cheaper = { ...paid, receipt: exampleReceipt({ sumKopecks: 90_000 }) };
    expect(checkContractReceipts(cheaper, draft)).toEqual({
      ok: false,
      reason: 'payment-receipt-sum-differs',
      detail: 'receipt 900,00\u00a0₽, price 950,00\u00a0₽',
    });
  });

  it('refuses a refund receipt offered as the payment', () => {
    const wrong = checkContractReceipts({ ...paid, receipt: refundReceipt }, draft);
    expect(wrong).toMatchObject({ ok: false, reason: 'payment-receipt-not-income' });
  });

  it('does not judge again a payment recorded before receipts were kept', () => {
    const old = { ...paid, receipt: undefined, receiptNumber: '0017' };
    expect(checkContractReceipts(old, old).ok).toBe(true);
  });

  it('writes a refund with its return-of-income receipt for the price', () => {
    expect(checkContractReceipts(refunded, paid).ok).toBe(true);
  });

  it('refuses a refund without its receipt, or with the payment receipt again', () => {
    expect(checkContractReceipts({ ...refunded, refundReceipt: undefined }, paid)).toEqual({
      ok: false,
      reason: 'refund-receipt-missing',
    });
    const again = checkContractReceipts({ ...refunded, refundReceipt: exampleReceipt() }, paid);
    expect(again).toMatchObject({ ok: false, reason: 'refund-receipt-not-income-return' });
  });

  it('refuses a refund of another sum than the price', () => {
    const half = { ...refunded, refundReceipt: { ...refundReceipt, sumKopecks: 47_500 } };
    expect(checkContractReceipts(half, paid)).toMatchObject({
      ok: false,
      reason: 'refund-receipt-sum-differs',
    });
  });

  it('still asks a refund receipt of a contract paid before receipts were kept', () => {
    const old = { ...paid, receipt: undefined, receiptNumber: '0017' };
    const refund = { ...refunded, receipt: undefined, receiptNumber: '0017' };
    expect(checkContractReceipts({ ...refund, refundReceipt: undefined }, old)).toMatchObject({
      ok: false,
      reason: 'refund-receipt-missing',
    });
    expect(checkContractReceipts(refund, old).ok).toBe(true);
  });

  it('asks both receipts of a contract that arrives already refunded', () => {
    expect(checkContractReceipts({ ...refunded, receipt: undefined }, undefined)).toMatchObject({
      ok: false,
      reason: 'payment-receipt-missing',
    });
    expect(checkContractReceipts(refunded, undefined).ok).toBe(true);
  });

  it('lets a paid contract gain its refund receipt only by becoming refunded', () => {
    expect(checkUpdate(paid, refunded).ok).toBe(true);
    expect(checkUpdate(paid, { ...paid, refundReceipt }).ok).toBe(false);
    expect(
      checkUpdate(paid, { ...refunded, receipt: exampleReceipt({ fiscalSign: '1' }) }),
    ).toMatchObject({
      ok: false,
      reason: 'record-immutable',
    });
  });
});
