// The figures of a report (issue #12), for one clinic and one bucket of days, and how they
// add up. Money is integer kopecks. Example, as the register sends it:
//
//   {"statements":12,"certificates":{"presence":6,"absence":4},"duplicates":1,
//    "corrections":1,"revocations":2,
//    "payments":{"cash":{"count":3,"kopecks":285000},"card":{"count":7,"kopecks":665000},
//                "sbp":{"count":1,"kopecks":95000},"transfer":{"count":0,"kopecks":0}},
//    "refunds":{"count":1,"kopecks":95000},
//    "transfer":{"queued":0,"sent":0,"accepted":9,"rejected":0,"failed":1}}
//
// What counts on which day is in events.ts.
import { z } from 'zod';
import type { PaymentMethod } from '../contract/paymentMethod';
import { PAYMENT_METHODS } from '../contract/paymentMethod';
import type { TransferStateName } from '../protocol/transferState';
import { TRANSFER_STATES } from '../protocol/transferState';

const count = z.number().int().nonnegative();
const moneySchema = z.object({ count, kopecks: count });
export type Money = z.infer<typeof moneySchema>;

export const reportFiguresSchema = z.object({
  statements: count,
  /** Originals and corrections by their conclusion; reprints are `duplicates` only. */
  certificates: z.object({ presence: count, absence: count }),
  duplicates: count,
  corrections: count,
  revocations: count,
  payments: z.object({
    cash: moneySchema,
    card: moneySchema,
    sbp: moneySchema,
    transfer: moneySchema,
  }) satisfies z.ZodType<Record<PaymentMethod, Money>>,
  refunds: moneySchema,
  transfer: z.object({
    queued: count,
    sent: count,
    accepted: count,
    rejected: count,
    failed: count,
  }) satisfies z.ZodType<Record<TransferStateName, number>>,
});
export type ReportFigures = z.infer<typeof reportFiguresSchema>;

function noMoney(): Money {
  return { count: 0, kopecks: 0 };
}

export function emptyFigures(): ReportFigures {
  return {
    statements: 0,
    certificates: { presence: 0, absence: 0 },
    duplicates: 0,
    corrections: 0,
    revocations: 0,
    payments: { cash: noMoney(), card: noMoney(), sbp: noMoney(), transfer: noMoney() },
    refunds: noMoney(),
    transfer: { queued: 0, sent: 0, accepted: 0, rejected: 0, failed: 0 },
  };
}

function addMoney(a: Money, b: Money): Money {
  return { count: a.count + b.count, kopecks: a.kopecks + b.kopecks };
}

/** The sum of two sets of figures (neither is changed). */
export function addFigures(a: ReportFigures, b: ReportFigures): ReportFigures {
  const payments = emptyFigures().payments;
  for (const method of PAYMENT_METHODS)
    payments[method] = addMoney(a.payments[method], b.payments[method]);
  const transfer = emptyFigures().transfer;
  for (const state of TRANSFER_STATES) transfer[state] = a.transfer[state] + b.transfer[state];
  return {
    statements: a.statements + b.statements,
    certificates: {
      presence: a.certificates.presence + b.certificates.presence,
      absence: a.certificates.absence + b.certificates.absence,
    },
    duplicates: a.duplicates + b.duplicates,
    corrections: a.corrections + b.corrections,
    revocations: a.revocations + b.revocations,
    payments,
    refunds: addMoney(a.refunds, b.refunds),
    transfer,
  };
}

/** Revenue of all methods, before refunds. */
export function paidTotal(figures: ReportFigures): Money {
  return PAYMENT_METHODS.reduce(
    (sum, method) => addMoney(sum, figures.payments[method]),
    noMoney(),
  );
}

/** Every certificate record of the figures: originals, corrections and reprints. */
export function certificatesIssued(figures: ReportFigures): number {
  return figures.certificates.presence + figures.certificates.absence + figures.duplicates;
}

/** Whether nothing at all happened: the screen then says so instead of a table of zeros. */
export function isEmptyFigures(figures: ReportFigures): boolean {
  return (
    figures.statements === 0 &&
    certificatesIssued(figures) === 0 &&
    figures.revocations === 0 &&
    paidTotal(figures).count === 0 &&
    figures.refunds.count === 0 &&
    TRANSFER_STATES.every((state) => figures.transfer[state] === 0)
  );
}
