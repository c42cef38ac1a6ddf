// Adds events up into the rows of a report: one row per bucket of the period (oldest first)
// and the total. Events outside the period are ignored, so a reader may hand in a little
// more than the period (the register reads a day either side, events.ts explains why).
import type { ReportEvent } from './events';
import type { ReportFigures } from './figures';
import { addFigures, emptyFigures } from './figures';
import type { ReportBucket, ReportPeriod } from './period';
import { bucketKey, bucketsOf, isInPeriod } from './period';

export type ReportRow = { readonly bucket: ReportBucket; readonly figures: ReportFigures };
export type ReportRows = { readonly rows: readonly ReportRow[]; readonly total: ReportFigures };

export type ReportTally = {
  add(event: ReportEvent): void;
  rows(): ReportRows;
};

function apply(figures: ReportFigures, event: ReportEvent): void {
  switch (event.kind) {
    case 'statement':
      figures.statements += 1;
      return;
    case 'certificate':
      if (event.duplicate) {
        figures.duplicates += 1;
        return;
      }
      figures.certificates[event.decision] += 1;
      if (event.correction) figures.corrections += 1;
      return;
    case 'revocation':
      figures.revocations += 1;
      return;
    case 'payment':
    case 'refund': {
      const money = event.kind === 'payment' ? figures.payments[event.method] : figures.refunds;
      money.count += 1;
      money.kopecks += event.kopecks;
      return;
    }
    case 'transfer':
      figures.transfer[event.state] += 1;
      return;
  }
}

export function createReportTally(period: ReportPeriod): ReportTally {
  const buckets = bucketsOf(period);
  const figures = new Map(buckets.map((bucket) => [bucket.key, emptyFigures()]));
  const receipts = new Set<string>();
  return {
    add(event) {
      if (!isInPeriod(event.on, period)) return;
      if ((event.kind === 'payment' || event.kind === 'refund') && event.receipt !== undefined) {
        if (receipts.has(event.receipt)) return;
        receipts.add(event.receipt);
      }
      const bucket = figures.get(bucketKey(event.on, period.by));
      // Every day of the period is in a bucket by construction.
      if (bucket === undefined) throw new Error(`no bucket for ${event.on}`);
      apply(bucket, event);
    },
    rows() {
      const rows = buckets.map((bucket) => ({
        bucket,
        figures: figures.get(bucket.key) ?? emptyFigures(),
      }));
      return { rows, total: sumRows(rows) };
    },
  };
}

export function sumRows(rows: readonly ReportRow[]): ReportFigures {
  return rows.reduce((total, row) => addFigures(total, row.figures), emptyFigures());
}

/** Rows of several clinics added bucket by bucket (they share the period's buckets). */
export function addRows(parts: readonly ReportRows[], period: ReportPeriod): ReportRows {
  const rows = bucketsOf(period).map((bucket, index) => ({
    bucket,
    figures: parts.reduce(
      (total, part) => addFigures(total, part.rows[index]?.figures ?? emptyFigures()),
      emptyFigures(),
    ),
  }));
  return { rows, total: sumRows(rows) };
}
