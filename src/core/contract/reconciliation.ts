// The day's reconciliation of the desk's receipts against the cash register's shift report
// (отчёт о закрытии смены, 54-ФЗ art. 4.1 and ФФД: its counters give, per operation type,
// the number of receipts and their sum, of which cash and cashless). The desk recorded a
// receipt for every payment (n=1) and refund (n=2); the cashier types the report's figures;
// each line shows both and the difference, desk minus report, so a receipt the desk missed
// or recorded twice stands out. Cash is «наличными»; card, СБП and bank transfer are all
// «безналичными» (электронными) on the report.
//
//   report {"incomeCount":"3","incomeCash":"950,00","incomeCashless":"1 900,00",
//           "refundCount":"0","refundCash":"","refundCashless":""}   (as typed; "" not entered)
import type { CalendarDate } from '../records/calendarDate';
import type { ContractRecord } from '../records/contract';
import type { FiscalReceipt } from './fiscalReceipt';
import { receiptDate } from './fiscalReceipt';
import { receiptKey } from './receiptKey';
import type { PaymentMethod } from './paymentMethod';
import { PAYMENT_METHODS } from './paymentMethod';
import type { ReceiptPurpose } from './receiptForContract';

/** One receipt the desk recorded: a contract's payment or its refund. */
export type DayReceipt = {
  readonly purpose: ReceiptPurpose;
  readonly contractNumber: string;
  readonly method: PaymentMethod;
  readonly receipt: FiscalReceipt;
};

/**
 * The receipts of `day` (the register's own date on the receipt) on these contracts, in the
 * order of their time on the receipt. A receipt recorded on two contracts (the same ФН and ФД)
 * is counted once: the cash register printed it once.
 */
export function receiptsOfDay(
  contracts: readonly ContractRecord[],
  day: CalendarDate,
): DayReceipt[] {
  const found = new Map<string, DayReceipt>();
  const add = (purpose: ReceiptPurpose, contract: ContractRecord, receipt?: FiscalReceipt) => {
    if (receipt === undefined || receiptDate(receipt) !== day) return;
    const key = receiptKey(receipt);
    if (found.has(key)) return;
    found.set(key, { purpose, contractNumber: contract.number, method: contract.method, receipt });
  };
  for (const contract of contracts) {
    add('payment', contract, contract.receipt);
    add('refund', contract, contract.refundReceipt);
  }
  return [...found.values()].sort((a, b) =>
    a.receipt.localTime < b.receipt.localTime
      ? -1
      : a.receipt.localTime > b.receipt.localTime
        ? 1
        : 0,
  );
}

/** The figures of the shift report the cashier types: receipts counted and summed. */
export const SHIFT_REPORT_FIELDS = [
  'incomeCount',
  'incomeCash',
  'incomeCashless',
  'refundCount',
  'refundCash',
  'refundCashless',
] as const;
export type ShiftReportField = (typeof SHIFT_REPORT_FIELDS)[number];

/** Typed figures, checked: counts are receipts, amounts kopecks; absent = not entered. */
export type ShiftReport = { readonly [K in ShiftReportField]?: number };

/** A line of the comparison: the two report lines and the total the report prints per type. */
export type ReconciliationLineName = ShiftReportField | 'incomeTotal' | 'refundTotal';

export const RECONCILIATION_LINES = [
  'incomeCount',
  'incomeCash',
  'incomeCashless',
  'incomeTotal',
  'refundCount',
  'refundCash',
  'refundCashless',
  'refundTotal',
] as const satisfies readonly ReconciliationLineName[];

export type ReconciliationLine = {
  readonly line: ReconciliationLineName;
  /** Receipts for a count line, kopecks for the others. */
  readonly unit: 'receipts' | 'kopecks';
  readonly desk: number;
  /** Undefined while the cashier has not entered the figure (or both halves of a total). */
  readonly report: number | undefined;
  /** Desk minus report; undefined while the report figure is missing. */
  readonly difference: number | undefined;
};

export type MethodTotal = {
  readonly method: PaymentMethod;
  readonly payments: number;
  readonly paymentKopecks: number;
  readonly refunds: number;
  readonly refundKopecks: number;
};

export type Reconciliation = {
  readonly lines: readonly ReconciliationLine[];
  readonly byMethod: readonly MethodTotal[];
  /** Lines whose figures disagree: the ones the cashier has to explain. */
  readonly differences: readonly ReconciliationLine[];
  /** Every figure entered and no difference. */
  readonly balanced: boolean;
};

function sumOf(receipts: readonly DayReceipt[]): number {
  return receipts.reduce((total, r) => total + r.receipt.sumKopecks, 0);
}

/** Compares the day's receipts with the typed shift report. Pure. */
export function reconcileDay(receipts: readonly DayReceipt[], report: ShiftReport): Reconciliation {
  const of = (purpose: ReceiptPurpose, cash?: boolean) =>
    receipts.filter(
      (r) => r.purpose === purpose && (cash === undefined || (r.method === 'cash') === cash),
    );
  const desk: { readonly [K in ReconciliationLineName]: number } = {
    incomeCount: of('payment').length,
    incomeCash: sumOf(of('payment', true)),
    incomeCashless: sumOf(of('payment', false)),
    incomeTotal: sumOf(of('payment')),
    refundCount: of('refund').length,
    refundCash: sumOf(of('refund', true)),
    refundCashless: sumOf(of('refund', false)),
    refundTotal: sumOf(of('refund')),
  };
  const both = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? undefined : a + b;
  const reported: { readonly [K in ReconciliationLineName]: number | undefined } = {
    incomeCount: report.incomeCount,
    incomeCash: report.incomeCash,
    incomeCashless: report.incomeCashless,
    incomeTotal: both(report.incomeCash, report.incomeCashless),
    refundCount: report.refundCount,
    refundCash: report.refundCash,
    refundCashless: report.refundCashless,
    refundTotal: both(report.refundCash, report.refundCashless),
  };
  const lines = RECONCILIATION_LINES.map((line): ReconciliationLine => {
    const value = reported[line];
    return {
      line,
      unit: line.endsWith('Count') ? 'receipts' : 'kopecks',
      desk: desk[line],
      report: value,
      difference: value === undefined ? undefined : desk[line] - value,
    };
  });
  const differences = lines.filter((l) => l.difference !== undefined && l.difference !== 0);
  const byMethod = PAYMENT_METHODS.map((method): MethodTotal => {
    const payments = receipts.filter((r) => r.method === method && r.purpose === 'payment');
    const refunds = receipts.filter((r) => r.method === method && r.purpose === 'refund');
    return {
      method,
      payments: payments.length,
      paymentKopecks: sumOf(payments),
      refunds: refunds.length,
      refundKopecks: sumOf(refunds),
    };
  });
  return {
    lines,
    byMethod,
    differences,
    balanced: differences.length === 0 && lines.every((l) => l.report !== undefined),
  };
}
