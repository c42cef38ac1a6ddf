import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../records/calendarDate';
import type { ContractRecord } from '../records/contract';
import { exampleContract, exampleReceipt } from '../records/examples';
import type { ReceiptLocalTime } from './fiscalReceipt';
import type { ReconciliationLine } from './reconciliation';
import { receiptsOfDay, reconcileDay } from './reconciliation';

const DAY = '2026-11-20' as CalendarDate;
const at = (time: string) => `2026-11-20T${time}` as ReceiptLocalTime;

function paidContract(
  number: string,
  method: ContractRecord['method'],
  documentNumber: string,
  time: string,
): ContractRecord {
  return exampleContract({
    number: number as ContractRecord['number'],
    method,
    receiptNumber: documentNumber,
    receipt: exampleReceipt({ documentNumber, localTime: at(time) }),
  });
}

const cash = paidContract('KAM01-T03-2026-000001', 'cash', '21', '10:05');
const card = paidContract('KAM01-T03-2026-000002', 'card', '22', '10:40');
const sbp = paidContract('KAM01-T03-2026-000003', 'sbp', '23', '09:15');
const refunded: ContractRecord = {
  ...paidContract('KAM01-T03-2026-000004', 'cash', '24', '11:00'),
  status: 'refunded',
  cancelReason: 'Отказ от услуги',
  cancelledAt: '2026-11-20T01:00:00.000Z',
  refundReceipt: exampleReceipt({
    documentNumber: '25',
    localTime: at('12:30'),
    operation: 'income-return',
  }),
};
const yesterday = paidContract('KAM01-T03-2026-000005', 'cash', '20', '10:00');
const otherDay: ContractRecord = {
  ...yesterday,
  receipt: exampleReceipt({
    documentNumber: '20',
    localTime: '2026-11-19T18:00' as ReceiptLocalTime,
  }),
};

const line = (lines: readonly ReconciliationLine[], name: ReconciliationLine['line']) =>
  lines.find((l) => l.line === name);

describe("the day's receipts", () => {
  it('lists payments and refunds whose receipt is of that day, by time on the receipt', () => {
    const day = receiptsOfDay([cash, card, sbp, refunded, otherDay], DAY);
    expect(day.map((r) => [r.receipt.documentNumber, r.purpose])).toEqual([
      ['23', 'payment'],
      ['21', 'payment'],
      ['22', 'payment'],
      ['24', 'payment'],
      ['25', 'refund'],
    ]);
  });

  it('counts a receipt recorded on two contracts once', () => {
    const twice = { ...card, id: cash.id, number: 'KAM01-T03-2026-000009' as never };
    expect(receiptsOfDay([card, twice], DAY)).toHaveLength(1);
  });

  it('skips contracts with no receipt (unpaid, or paid before receipts were kept)', () => {
    const old = { ...cash, receipt: undefined };
    const draft = { ...cash, status: 'draft' as const, receipt: undefined };
    expect(receiptsOfDay([old, draft], DAY)).toEqual([]);
  });
});

describe('reconciling the day with the shift report', () => {
  const receipts = receiptsOfDay([cash, card, sbp, refunded], DAY);

  it('balances when the report gives the same counts and sums', () => {
    const result = reconcileDay(receipts, {
      incomeCount: 4,
      incomeCash: 190_000,
      incomeCashless: 190_000,
      refundCount: 1,
      refundCash: 95_000,
      refundCashless: 0,
    });
    expect(result.differences).toEqual([]);
    expect(result.balanced).toBe(true);
    expect(line(result.lines, 'incomeTotal')).toMatchObject({ desk: 380_000, report: 380_000 });
  });

  it('names the line that differs, desk minus report, and the total it shifts', () => {
    const result = reconcileDay(receipts, {
      incomeCount: 5,
      incomeCash: 285_000,
      incomeCashless: 190_000,
      refundCount: 1,
      refundCash: 95_000,
      refundCashless: 0,
    });
    expect(result.differences.map((l) => [l.line, l.difference])).toEqual([
      ['incomeCount', -1],
      ['incomeCash', -95_000],
      ['incomeTotal', -95_000],
    ]);
    expect(result.balanced).toBe(false);
  });

  it('leaves a figure not entered without a difference, and the day not balanced', () => {
    const result = reconcileDay(receipts, { incomeCash: 190_000 });
    expect(line(result.lines, 'incomeCash')).toMatchObject({ report: 190_000, difference: 0 });
    expect(line(result.lines, 'incomeCashless')).toMatchObject({
      desk: 190_000,
      report: undefined,
      difference: undefined,
    });
    expect(line(result.lines, 'incomeTotal')?.report).toBeUndefined();
    expect(result.differences).toEqual([]);
    expect(result.balanced).toBe(false);
  });

  it('totals each payment method, card, СБП and transfer being cashless on the report', () => {
    const result = reconcileDay(receipts, {});
    expect(result.byMethod).toEqual([
      { method: 'cash', payments: 2, paymentKopecks: 190_000, refunds: 1, refundKopecks: 95_000 },
      { method: 'card', payments: 1, paymentKopecks: 95_000, refunds: 0, refundKopecks: 0 },
      { method: 'sbp', payments: 1, paymentKopecks: 95_000, refunds: 0, refundKopecks: 0 },
      { method: 'transfer', payments: 0, paymentKopecks: 0, refunds: 0, refundKopecks: 0 },
    ]);
    expect(line(result.lines, 'incomeCashless')?.desk).toBe(190_000);
  });
});
