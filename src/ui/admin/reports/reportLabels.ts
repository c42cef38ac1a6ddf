// How the Reports screen names a period and a row: "26.11.2026", "02.11.2026 – 08.11.2026",
// "ноябрь 2026 г." (a month cut by the period shows its days instead).
import { dottedDate } from '../../../core/records/calendarDate';
import type { ReportBucket, ReportGrain } from '../../../core/report/period';
import { monthOf } from '../../../core/report/period';

export function rangeLabel(from: string, to: string): string {
  return from === to ? dottedDate(from) : `${dottedDate(from)} – ${dottedDate(to)}`;
}

export function bucketLabel(bucket: ReportBucket, by: ReportGrain, bcp47: string): string {
  if (by === 'month' && bucket.from === bucket.key && bucket.to === monthOf(bucket.key).to) {
    return new Intl.DateTimeFormat(bcp47, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${bucket.key}T00:00:00.000Z`));
  }
  return rangeLabel(bucket.from, bucket.to);
}

/** The chart axis's short name of a row: "02.11", or "нояб." for a month. */
export function shortBucketLabel(bucket: ReportBucket, by: ReportGrain, bcp47: string): string {
  if (by === 'month') {
    return new Intl.DateTimeFormat(bcp47, { month: 'short', timeZone: 'UTC' }).format(
      new Date(`${bucket.key}T00:00:00.000Z`),
    );
  }
  return dottedDate(bucket.from).slice(0, 5);
}
