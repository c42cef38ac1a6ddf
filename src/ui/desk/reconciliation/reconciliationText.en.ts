import type { Widen } from '../../i18n/widen';
import type { reconciliationTextRu } from './reconciliationText.ru';

// English texts of the day's reconciliation of receipts with the cash register's shift report.
export const reconciliationTextEn: Widen<typeof reconciliationTextRu> = {
  reconciliation: {
    nav: 'Cash reconciliation',
    title: 'Receipts against the cash register, by day',
    intro:
      'The receipts recorded in SeroDesk for a day of the cash register, and the totals of its shift closing report. Differences are shown line by line: SeroDesk minus the report.',
    day: 'Shift date',
    dayInvalid: 'Enter the date as dd.mm.yyyy',
    register: 'Cash register (ФН number)',
    allRegisters: 'All cash registers',
    receiptsTitle: 'Receipts of the day',
    noReceipts: 'No receipts are recorded in SeroDesk for this day.',
    time: 'Time',
    operation: 'Operation type',
    method: 'Payment method',
    sum: 'Sum',
    fn: 'ФН',
    fd: 'ФД',
    contract: 'Contract',
    byMethodTitle: 'Totals by payment method',
    payments: 'Payments',
    refunds: 'Refunds',
    total: 'Total',
    reportTitle: 'Totals from the shift closing report',
    reportHint:
      'Copy from the cash register’s shift closing report: the number of receipts and the sums of income and return of income, in cash and cashless. An empty field is “not entered”. What you type is kept.',
    compareTitle: 'Comparison',
    line: 'Line',
    desk: 'SeroDesk',
    report: 'Cash register report',
    difference: 'Difference',
    notEntered: 'not entered',
    balanced: 'No differences: every total matches the cash register’s report.',
    incomplete: 'Enter every total of the cash register’s report to finish the reconciliation.',
    differs: 'Differences: {{count}}',
    differenceLine:
      '{{line}}: SeroDesk {{desk}}, cash register report {{report}}, difference {{difference}}',
    receipts: '{{count}} receipt(s)',
    lines: {
      incomeCount: 'Income receipts',
      incomeCash: 'Income in cash',
      incomeCashless: 'Income cashless',
      incomeTotal: 'Income total',
      refundCount: 'Return-of-income receipts',
      refundCash: 'Return of income in cash',
      refundCashless: 'Return of income cashless',
      refundTotal: 'Return of income total',
    },
    problem: {
      'shift-count-format': 'The number of receipts is a whole number, for example 12',
      'shift-amount-format': 'The sum is roubles and kopecks, for example 12 350,00',
    },
  },
};
