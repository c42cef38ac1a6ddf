// What counts in a report, and on which day (issue #12; docs/DECISIONS.md "Reports"). Each
// record of the register gives the events it stands for, each dated in the clinic's own
// calendar; a report adds up the events whose day lies in its period.
//
//   statement    the application's own `date` (the day the citizen wrote it), whatever
//                became of it later (a withdrawn statement was still received that day);
//   certificate  its `issuedAt`: an original or a correction counts under its conclusion
//                (presence/absence), a correction also under `corrections`, a reprint only
//                under `duplicates`;
//   revocation   its `at`;
//   payment      the day on the cash register's receipt (as the desk's shift reconciliation,
//                contract/reconciliation.ts, counts it), else `paidAt`; the receipt's sum,
//                else the contract's price; under the contract's payment method;
//   refund       the day on the refund receipt, else the contract's `cancelledAt`; its sum,
//                else the price;
//   transfer     the current state of the queue entry a certificate or a revocation made, on
//                that record's day (so a period's transfer figures are about that period's
//                certificates, whenever they were sent).
import type { FiscalReceipt } from '../contract/fiscalReceipt';
import { receiptDate } from '../contract/fiscalReceipt';
import { receiptKey } from '../contract/receiptKey';
import type { PaymentMethod } from '../contract/paymentMethod';
import type { TransferStateName } from '../protocol/transferState';
import type { CalendarDate } from '../records/calendarDate';
import type { ClinicRecord } from '../records/record';
import { dayOfInstant } from './period';

export type ReportEvent = { readonly on: CalendarDate } & (
  | { readonly kind: 'statement' }
  | {
      readonly kind: 'certificate';
      readonly decision: 'presence' | 'absence';
      readonly duplicate: boolean;
      readonly correction: boolean;
    }
  | { readonly kind: 'revocation' }
  | {
      readonly kind: 'payment' | 'refund';
      readonly method: PaymentMethod;
      readonly kopecks: number;
      /** The receipt's ФН:ФД: a receipt recorded on two contracts counts once. */
      readonly receipt?: string;
    }
  | { readonly kind: 'transfer'; readonly state: TransferStateName }
);

function money(
  kind: 'payment' | 'refund',
  on: CalendarDate,
  method: PaymentMethod,
  priceKopecks: number,
  receipt: FiscalReceipt | undefined,
): ReportEvent {
  return receipt === undefined
    ? { kind, on, method, kopecks: priceKopecks }
    : {
        kind,
        on: receiptDate(receipt),
        method,
        kopecks: receipt.sumKopecks,
        receipt: receiptKey(receipt),
      };
}

/** The events a record stands for, as it is now; `utcOffsetMinutes` is its clinic's. */
export function eventsOfRecord(record: ClinicRecord, utcOffsetMinutes: number): ReportEvent[] {
  const day = (instant: string) => dayOfInstant(instant, utcOffsetMinutes);
  switch (record.kind) {
    case 'application':
      return [{ kind: 'statement', on: record.date }];
    case 'certificate':
      return [
        {
          kind: 'certificate',
          on: day(record.issuedAt),
          decision: record.decision,
          duplicate: record.duplicateOf !== undefined,
          correction: record.duplicateOf === undefined && record.supersedes !== undefined,
        },
      ];
    case 'revocation':
      return [{ kind: 'revocation', on: day(record.at) }];
    case 'contract': {
      const events: ReportEvent[] = [];
      const paidOnce = record.status === 'paid' || record.status === 'refunded';
      if (paidOnce && record.paidAt !== undefined) {
        events.push(
          money('payment', day(record.paidAt), record.method, record.priceKopecks, record.receipt),
        );
      }
      if (record.status === 'refunded') {
        const at = record.cancelledAt ?? record.updatedAt ?? record.createdAt;
        events.push(
          money('refund', day(at), record.method, record.priceKopecks, record.refundReceipt),
        );
      }
      return events;
    }
    case 'person':
    case 'sample':
    case 'result':
      return [];
  }
}
