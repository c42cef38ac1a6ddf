import { describe, expect, it } from 'vitest';
import type { FiscalReceipt } from './fiscalReceipt';
import { parseReceiptQr } from './fiscalReceipt';
import { checkReceiptForContract, receiptContractMessage } from './receiptForContract';

function receipt(text: string): FiscalReceipt {
  const result = parseReceiptQr(text);
  if (!result.ok) throw new Error(`test receipt does not parse: ${result.reason}`);
  return result.value;
}

const PAYMENT = receipt('t=20261201T1030&s=950.00&fn=7284440500123456&i=12345&fp=1234567890&n=1');
const REFUND = receipt('t=20261203T0915&s=950&fn=7284440500123456&i=12391&fp=804117362&n=2');

describe('a receipt against the contract it pays or refunds', () => {
  it('accepts an income receipt for exactly the price as the payment', () => {
    expect(checkReceiptForContract(PAYMENT, { priceKopecks: 95000, kind: 'payment' })).toEqual({
      ok: true,
      value: PAYMENT,
    });
  });

  it('accepts a return-of-income receipt for the same sum as the refund', () => {
    expect(checkReceiptForContract(REFUND, { priceKopecks: 95000, kind: 'refund' })).toEqual({
      ok: true,
      value: REFUND,
    });
  });

  it('refuses a refund backed by the payment receipt or any other type', () => {
    const expense = receipt('t=20261203T0915&s=950.00&fn=7284440500123456&i=12392&fp=1&n=3');
    for (const wrong of [PAYMENT, expense]) {
      const result = checkReceiptForContract(wrong, { priceKopecks: 95000, kind: 'refund' });
      expect(result).toMatchObject({ ok: false, reason: 'receipt-not-income-return' });
    }
    const refused = checkReceiptForContract(PAYMENT, { priceKopecks: 95000, kind: 'refund' });
    if (refused.ok) throw new Error('expected a refusal');
    expect(receiptContractMessage(refused).ru).toBe(
      'Для возврата нужен чек с признаком «Возврат прихода» (n=2), а этот чек — «Приход»',
    );
  });

  it('refuses a refund receipt offered as the payment', () => {
    const result = checkReceiptForContract(REFUND, { priceKopecks: 95000, kind: 'payment' });
    expect(result).toEqual({ ok: false, reason: 'receipt-not-income', operation: 'income-return' });
    if (result.ok) throw new Error('expected a refusal');
    expect(receiptContractMessage(result).en).toBe(
      'A payment needs a receipt of type "Income" (n=1); this one is "Return of income"',
    );
  });

  it('refuses a different sum and shows both amounts in roubles', () => {
    const short = receipt('t=20261201T1030&s=900.00&fn=7284440500123456&i=12345&fp=12&n=1');
    const result = checkReceiptForContract(short, { priceKopecks: 95000, kind: 'payment' });
    expect(result).toEqual({
      ok: false,
      reason: 'receipt-sum-differs',
      receiptKopecks: 90000,
      priceKopecks: 95000,
    });
    if (result.ok) throw new Error('expected a refusal');
    expect(receiptContractMessage(result)).toEqual({
      ru: 'Сумма в чеке 900,00\u00a0₽ не равна цене услуги 950,00\u00a0₽',
      en: "The receipt's sum 900,00\u00a0₽ is not the service price 950,00\u00a0₽",
    });
  });

  it('refuses a refund for less than the price paid', () => {
    const partial = receipt('t=20261203T0915&s=475.00&fn=7284440500123456&i=12391&fp=8&n=2');
    const result = checkReceiptForContract(partial, { priceKopecks: 95000, kind: 'refund' });
    if (result.ok) throw new Error('expected a refusal');
    expect(receiptContractMessage(result).ru).toBe(
      'Сумма в чеке 475,00\u00a0₽ не равна цене услуги 950,00\u00a0₽',
    );
  });

  it('refuses a sum one kopeck off', () => {
    const off = receipt('t=20261201T1030&s=950.01&fn=7284440500123456&i=12345&fp=12&n=1');
    expect(checkReceiptForContract(off, { priceKopecks: 95000, kind: 'payment' })).toMatchObject({
      ok: false,
      reason: 'receipt-sum-differs',
    });
  });
});
