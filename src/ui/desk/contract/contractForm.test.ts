import { describe, expect, it } from 'vitest';
import type { PriceItem } from '../../../core/clinic/settings';
import type { ContractForm } from './contractForm';
import { checkContractForm } from './contractForm';

const priceList: PriceItem[] = [
  {
    code: 'igg-quant',
    nameRu: 'Антитела IgG',
    nameEn: 'IgG antibodies',
    priceKopecks: 95_000,
    kind: 'antibody-test',
  },
];
const context = { now: new Date('2026-11-26T22:00:00Z'), utcOffsetMinutes: 720 };
const filled: ContractForm = {
  serviceCode: 'igg-quant',
  payerKind: 'self',
  payerName: '',
  method: 'card',
  receiptNumber: ' 0017 ',
  paidAt: '2026-11-27T09:55',
};

describe('the contract and payment form', () => {
  it('takes the price from the price list and the paid time in clinic time', () => {
    const checked = checkContractForm(filled, priceList, true, context);
    expect(checked).toEqual({
      ok: true,
      value: {
        service: priceList[0],
        payer: { kind: 'self' },
        method: 'card',
        payment: { method: 'card', receiptNumber: '0017', paidAt: '2026-11-26T21:55:00.000Z' },
      },
    });
  });

  it('names every missing payment field', () => {
    const checked = checkContractForm(
      {
        ...filled,
        serviceCode: '',
        payerKind: 'other',
        method: '',
        receiptNumber: ' ',
        paidAt: '',
      },
      priceList,
      true,
      context,
    );
    expect(checked).toEqual({
      ok: false,
      errors: {
        serviceCode: 'service-missing',
        payerName: 'payer-missing',
        method: 'method-missing',
        receiptNumber: 'receipt-missing',
        paidAt: 'paid-at-invalid',
      },
    });
  });

  it('refuses a payment time in the future', () => {
    const checked = checkContractForm(
      { ...filled, paidAt: '2026-11-27T11:00' },
      priceList,
      true,
      context,
    );
    expect(checked).toEqual({ ok: false, errors: { paidAt: 'paid-at-future' } });
  });

  it('lets a contract be drawn up unpaid without payment fields', () => {
    const checked = checkContractForm(
      { ...filled, method: '', receiptNumber: '', paidAt: '' },
      priceList,
      false,
      context,
    );
    expect(checked.ok && checked.value.payment).toBeUndefined();
  });
});
