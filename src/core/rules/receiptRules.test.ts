import { describe, expect, it } from 'vitest';
import type { FiscalReceipt } from '../contract/fiscalReceipt';
import { receiptKey } from '../contract/receiptKey';
import { exampleContract, exampleReceipt } from '../records/examples';
import type { ContractRecord } from '../records/contract';
import { checkUpdate } from '../records/record';
import { checkContractReceipts } from './receiptRules';
import type { ReceiptHolder } from './ruleFacts';
import { NO_RECEIPT_HOLDERS as NONE } from './ruleFacts';

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
    expect(checkContractReceipts(paid, draft, NONE)).toEqual({ ok: true, value: undefined });
    expect(checkContractReceipts(paid, undefined, NONE).ok).toBe(true);
  });

  it('refuses a new payment without a receipt', () => {
    expect(checkContractReceipts({ ...paid, receipt: undefined }, draft, NONE)).toEqual({
      ok: false,
      reason: 'payment-receipt-missing',
    });
  });

  it('refuses a payment receipt of another sum, naming both amounts', () => {
    const cheaper = { ...paid, receipt: exampleReceipt({ sumKopecks: 90_000 }) };
    expect(checkContractReceipts(cheaper, draft, NONE)).toEqual({
      ok: false,
      reason: 'payment-receipt-sum-differs',
      detail: 'receipt 900,00\u00a0₽, price 950,00\u00a0₽',
    });
  });

  it('refuses a refund receipt offered as the payment', () => {
    const wrong = checkContractReceipts({ ...paid, receipt: refundReceipt }, draft, NONE);
    expect(wrong).toMatchObject({ ok: false, reason: 'payment-receipt-not-income' });
  });

  it('does not judge again a payment recorded before receipts were kept', () => {
    const old = { ...paid, receipt: undefined, receiptNumber: '0017' };
    expect(checkContractReceipts(old, old, NONE).ok).toBe(true);
  });

  it('writes a refund with its return-of-income receipt for the price', () => {
    expect(checkContractReceipts(refunded, paid, NONE).ok).toBe(true);
  });

  it('refuses a refund without its receipt, or with the payment receipt again', () => {
    expect(checkContractReceipts({ ...refunded, refundReceipt: undefined }, paid, NONE)).toEqual({
      ok: false,
      reason: 'refund-receipt-missing',
    });
    const again = checkContractReceipts(
      { ...refunded, refundReceipt: exampleReceipt() },
      paid,
      NONE,
    );
    expect(again).toMatchObject({ ok: false, reason: 'refund-receipt-not-income-return' });
  });

  it('refuses a refund of another sum than the price', () => {
    const half = { ...refunded, refundReceipt: { ...refundReceipt, sumKopecks: 47_500 } };
    expect(checkContractReceipts(half, paid, NONE)).toMatchObject({
      ok: false,
      reason: 'refund-receipt-sum-differs',
    });
  });

  it('still asks a refund receipt of a contract paid before receipts were kept', () => {
    const old = { ...paid, receipt: undefined, receiptNumber: '0017' };
    const refund = { ...refunded, receipt: undefined, receiptNumber: '0017' };
    expect(checkContractReceipts({ ...refund, refundReceipt: undefined }, old, NONE)).toMatchObject(
      {
        ok: false,
        reason: 'refund-receipt-missing',
      },
    );
    expect(checkContractReceipts(refund, old, NONE).ok).toBe(true);
  });

  it('asks both receipts of a contract that arrives already refunded', () => {
    expect(
      checkContractReceipts({ ...refunded, receipt: undefined }, undefined, NONE),
    ).toMatchObject({
      ok: false,
      reason: 'payment-receipt-missing',
    });
    expect(checkContractReceipts(refunded, undefined, NONE).ok).toBe(true);
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

  describe('one receipt proves one payment or one refund', () => {
    const other: ReceiptHolder = { contractId: '0193-other', number: 'KAM01-T09-2026-000042' };
    const paymentReceipt = exampleReceipt();
    const holding = (receipt: FiscalReceipt) => new Map([[receiptKey(receipt), other]]);

    it('refuses a payment whose receipt another contract carries, naming that contract', () => {
      expect(checkContractReceipts(paid, draft, holding(paymentReceipt))).toEqual({
        ok: false,
        reason: 'receipt-on-another-contract',
        detail: 'ФН 7284440500123456, ФД 17; № KAM01-T09-2026-000042',
      });
    });

    it('refuses a refund whose receipt another contract carries', () => {
      expect(checkContractReceipts(refunded, paid, holding(refundReceipt))).toMatchObject({
        ok: false,
        reason: 'receipt-on-another-contract',
      });
    });

    it('does not judge again a receipt the contract already carried', () => {
      // Registers that accepted one receipt twice before this rule keep both; a refund of
      // either is still written.
      expect(checkContractReceipts(refunded, paid, holding(paymentReceipt)).ok).toBe(true);
      expect(checkContractReceipts(paid, paid, holding(paymentReceipt)).ok).toBe(true);
    });

    it('judges a receipt on another contract only after its own checks', () => {
      const cheaper = { ...paid, receipt: exampleReceipt({ sumKopecks: 90_000 }) };
      expect(checkContractReceipts(cheaper, draft, holding(cheaper.receipt))).toMatchObject({
        reason: 'payment-receipt-sum-differs',
      });
    });
  });
});
