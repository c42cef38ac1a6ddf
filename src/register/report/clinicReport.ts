import type { ReportEvent } from '../../core/report/events';
import { eventsOfRecord } from '../../core/report/events';
import type { ReportPeriod } from '../../core/report/period';
import { periodInstants } from '../../core/report/period';
import type { ReportRows } from '../../core/report/reportTally';
import { createReportTally } from '../../core/report/reportTally';
import { TRANSFER_STATES } from '../../core/protocol/transferState';
import type { TransferStateName } from '../../core/protocol/transferState';
import { addDays } from '../../core/records/calendarDate';
import type { RecordKind } from '../../core/records/record';
import type { RegisterDb } from '../db/connect';
import type { ReportField } from './recordField';
import { periodRecordPages } from './periodRecords';
import { parseRecordBody } from '../sync/recordStore';

// One clinic's report for a period: each figure's records read through its index
// (periodRecords.ts) and their events (core/report/events.ts) added up per bucket.
//
// Instants are read with two days' margin either side of the period's UTC bounds and then
// dated exactly in the clinic's zone: an instant written with an offset ("…+12:00") does not
// sort with the "…Z" ones, and a payment counts on its receipt's day, which may be a day off
// its `paidAt` (a receipt typed in after midnight). Events outside the period are dropped by
// the tally.

export type ReportClinic = {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly utcOffsetMinutes: number;
};

export const REPORT_SOURCES = [
  'statements',
  'certificates',
  'revocations',
  'payments',
  'refunds',
] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

const SOURCES: {
  readonly [K in ReportSource]: {
    readonly kind: RecordKind;
    readonly field: ReportField;
    readonly keeps: ReportEvent['kind'];
  };
} = {
  statements: { kind: 'application', field: 'date', keeps: 'statement' },
  certificates: { kind: 'certificate', field: 'issuedAt', keeps: 'certificate' },
  revocations: { kind: 'revocation', field: 'at', keeps: 'revocation' },
  payments: { kind: 'contract', field: 'paidAt', keeps: 'payment' },
  refunds: { kind: 'contract', field: 'cancelledAt', keeps: 'refund' },
};

const MARGIN_MS = 2 * 86_400_000;

function isTransferState(value: string | null): value is TransferStateName {
  return value !== null && (TRANSFER_STATES as readonly string[]).includes(value);
}

function boundsOf(
  period: ReportPeriod,
  field: ReportField,
  clinic: ReportClinic,
): { lower: string; upper: string } {
  // A statement's date is already the clinic's calendar day.
  if (field === 'date') return { lower: period.from, upper: addDays(period.to, 1) };
  const { start, end } = periodInstants(period, clinic.utcOffsetMinutes);
  return {
    lower: new Date(start.getTime() - MARGIN_MS).toISOString(),
    upper: new Date(end.getTime() + MARGIN_MS).toISOString(),
  };
}

export async function clinicReport(
  db: RegisterDb,
  clinic: ReportClinic,
  period: ReportPeriod,
  sources: readonly ReportSource[] = REPORT_SOURCES,
): Promise<ReportRows> {
  const tally = createReportTally(period);
  for (const name of sources) {
    const source = SOURCES[name];
    const pages = periodRecordPages(db, {
      clinicId: clinic.id,
      kind: source.kind,
      field: source.field,
      ...boundsOf(period, source.field, clinic),
    });
    for await (const page of pages) {
      for (const row of page) {
        const record = parseRecordBody(row.body);
        const events = eventsOfRecord(record, clinic.utcOffsetMinutes).filter(
          (event) => event.kind === source.keeps,
        );
        for (const event of events) tally.add(event);
        const first = events[0];
        if (first !== undefined && isTransferState(row.transferState)) {
          tally.add({ kind: 'transfer', on: first.on, state: row.transferState });
        }
      }
    }
  }
  return tally.rows();
}
