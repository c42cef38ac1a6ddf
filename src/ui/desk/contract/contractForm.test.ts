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
  receipt: {
    t: '2026-11-27T09:55',
    s: '950,00',
    fn: '7284 4405 0012 3456',
    i: '0017',
    fp: '2819037465',
    n: '1',
  },
};

describe('the contract and payment form', () => {
  it('takes the price from the price list and the paid time from the receipt, in clinic time', () => {
    const checked = checkContractForm(filled, priceList, true, context);
    expect(checked).toEqual({
      ok: true,
      value: {
        service: priceList[0],
        payer: { kind: 'self' },
        method: 'card',
        payment: {
          method: 'card',
          paidAt: '2026-11-26T21:55:00.000Z',
          receipt: {
            localTime: '2026-11-27T09:55',
            sumKopecks: 95_000,
            fiscalDrive: '7284440500123456',
            documentNumber: '17',
            fiscalSign: '2819037465',
            operation: 'income',
          },
        },
      },
    });
  });

  it('names every missing payment field, the receipt’s next to each of its fields', () => {
    const checked = checkContractForm(
      {
        ...filled,
        serviceCode: '',
        payerKind: 'other',
        method: '',
        receipt: { t: '', s: '', fn: '', i: '12', fp: '1', n: '1' },
      },
      priceList,
      true,
      context,
    );
    if (checked.ok) throw new Error('an empty payment was accepted');
    expect(checked.errors).toEqual({
      serviceCode: 'service-missing',
      payerName: 'payer-missing',
      method: 'method-missing',
    });
    expect(Object.keys(checked.receiptErrors).sort()).toEqual(['fn', 's', 't']);
    expect(checked.receiptErrors.fn?.ru).toBe('Не заполнено поле «Номер ФН (fn)»');
  });

  it('refuses a receipt whose sum is not the price, showing both amounts next to the sum', () => {
    const checked = checkContractForm(
      { ...filled, receipt: { ...filled.receipt, s: '900' } },
      priceList,
      true,
      context,
    );
    if (checked.ok) throw new Error('a wrong sum was accepted');
    expect(checked.errors).toEqual({});
    expect(checked.receiptErrors.s).toEqual({
      ru: 'Сумма в чеке 900,00\u00a0₽ не равна цене услуги 950,00\u00a0₽',
      en: "The receipt's sum 900,00\u00a0₽ is not the service price 950,00\u00a0₽",
    });
  });

  it('refuses a refund receipt offered as the payment, next to the operation', () => {
    const checked = checkContractForm(
      { ...filled, receipt: { ...filled.receipt, n: '2' } },
      priceList,
      true,
      context,
    );
    expect(!checked.ok && checked.receiptErrors.n?.ru).toBe(
      'Для оплаты нужен чек с признаком «Приход» (n=1), а этот чек — «Возврат прихода»',
    );
  });

  it('refuses a receipt time in the future', () => {
    const checked = checkContractForm(
      { ...filled, receipt: { ...filled.receipt, t: '2026-11-27T11:00' } },
      priceList,
      true,
      context,
    );
    expect(!checked.ok && checked.receiptErrors.t?.en).toBe(
      'The receipt’s time cannot be later than now',
    );
  });

  it('lets a contract be drawn up unpaid without payment fields', () => {
    const checked = checkContractForm(
      { ...filled, method: '', receipt: { t: '', s: '', fn: '', i: '', fp: '', n: '' } },
      priceList,
      false,
      context,
    );
    expect(checked.ok && checked.value.payment).toBeUndefined();
  });
});
