// The shift report's figures as the cashier types them at the reconciliation (see
// reconciliation.ts), checked one by one so a bad figure gets its message next to its field.
// An empty field is "not entered", not zero: a report line the cashier skipped must not read
// as a difference of the whole day's sum.
//   {"incomeCount":"3","incomeCash":"950,00","incomeCashless":"1 900","refundCount":"",…}
import { z } from 'zod';
import type { ShiftReport, ShiftReportField } from './reconciliation';
import { SHIFT_REPORT_FIELDS } from './reconciliation';
import { parseRoubles } from './roubles';

export const typedShiftReportSchema = z.object({
  incomeCount: z.string(),
  incomeCash: z.string(),
  incomeCashless: z.string(),
  refundCount: z.string(),
  refundCash: z.string(),
  refundCashless: z.string(),
});
export type TypedShiftReport = z.infer<typeof typedShiftReportSchema>;

export const EMPTY_SHIFT_REPORT: TypedShiftReport = {
  incomeCount: '',
  incomeCash: '',
  incomeCashless: '',
  refundCount: '',
  refundCash: '',
  refundCashless: '',
};

export type ShiftReportProblem = 'shift-count-format' | 'shift-amount-format';

/** The figures that read, and a problem for each field that does not. */
export function checkShiftReport(typed: TypedShiftReport): {
  readonly report: ShiftReport;
  readonly errors: Partial<Record<ShiftReportField, ShiftReportProblem>>;
} {
  const report: { [K in ShiftReportField]?: number } = {};
  const errors: Partial<Record<ShiftReportField, ShiftReportProblem>> = {};
  for (const field of SHIFT_REPORT_FIELDS) {
    const text = typed[field].trim();
    if (text === '') continue;
    const count = field.endsWith('Count');
    const value = count ? (/^\d{1,6}$/.test(text) ? Number(text) : undefined) : parseRoubles(text);
    if (value === undefined) errors[field] = count ? 'shift-count-format' : 'shift-amount-format';
    else report[field] = value;
  }
  return { report, errors };
}
