import { describe, expect, it } from 'vitest';
import { checkShiftReport, EMPTY_SHIFT_REPORT } from './shiftReport';

describe('the shift report as the cashier types it', () => {
  it('reads counts and amounts written as on paper', () => {
    const checked = checkShiftReport({
      ...EMPTY_SHIFT_REPORT,
      incomeCount: ' 3 ',
      incomeCash: '1 950,00',
      incomeCashless: '950.5',
      refundCash: '0',
    });
    expect(checked).toEqual({
      report: { incomeCount: 3, incomeCash: 195_000, incomeCashless: 95_050, refundCash: 0 },
      errors: {},
    });
  });

  it('treats an empty field as not entered rather than zero', () => {
    expect(checkShiftReport(EMPTY_SHIFT_REPORT)).toEqual({ report: {}, errors: {} });
  });

  it('names each field that does not read', () => {
    const checked = checkShiftReport({
      ...EMPTY_SHIFT_REPORT,
      incomeCount: '2,5',
      incomeCash: '950,001',
      refundCashless: 'сто',
    });
    expect(checked.errors).toEqual({
      incomeCount: 'shift-count-format',
      incomeCash: 'shift-amount-format',
      refundCashless: 'shift-amount-format',
    });
    expect(checked.report).toEqual({});
  });
});
