// The periods of a report (issue #12): a range of the clinic's own calendar days, both ends
// included, cut into buckets of a day, an ISO week (Monday to Sunday) or a calendar month.
// A bucket is named by the day it begins, which may lie before the range when the range
// starts mid-week or mid-month; its `from`/`to` are clipped to the range, so the figures of
// the first and last bucket cover only the days asked for:
//
//   {from: "2026-11-01", to: "2026-11-30", by: "week"}
//     → [{key: "2026-10-26", from: "2026-11-01", to: "2026-11-01"},
//        {key: "2026-11-02", from: "2026-11-02", to: "2026-11-08"}, …,
//        {key: "2026-11-30", from: "2026-11-30", to: "2026-11-30"}]
//
// Instants become days at the clinic's fixed UTC offset (Kamchatka: +12, no summer time), so
// 2026-11-30T13:00Z is already 1 December there (calendarDate.ts).
import type { CalendarDate } from '../records/calendarDate';
import {
  addDays,
  addMonths,
  calendarDateAt,
  daysBetween,
  startOfDay,
} from '../records/calendarDate';
import type { Result } from '../result';
import { fail, ok } from '../result';

export const REPORT_GRAINS = ['day', 'week', 'month'] as const;
export type ReportGrain = (typeof REPORT_GRAINS)[number];

export type ReportPeriod = {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly by: ReportGrain;
};

/**
 * The longest range, in days, for each grain: a year by day (a table of 366 rows is the most
 * a tablet screen and a chart can still show), three years by week or month.
 */
export const MAX_PERIOD_DAYS: { readonly [K in ReportGrain]: number } = {
  day: 366,
  week: 3 * 366,
  month: 3 * 366,
};

export type PeriodProblem = 'period-reversed' | 'period-too-long';

/** The period if its end is not before its start and it is not longer than its grain allows. */
export function checkPeriod(period: ReportPeriod): Result<ReportPeriod, PeriodProblem> {
  const days = daysBetween(period.from, period.to) + 1;
  if (days < 1) return fail('period-reversed', `${period.to} < ${period.from}`);
  const most = MAX_PERIOD_DAYS[period.by];
  if (days > most) return fail('period-too-long', `${String(days)} > ${String(most)} days`);
  return ok(period);
}

/** Monday of the ISO week the day belongs to. */
export function weekStart(date: CalendarDate): CalendarDate {
  const weekday = new Date(`${date}T00:00:00.000Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

export function monthStart(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 8)}01` as CalendarDate;
}

/** The first day of the bucket of this grain the day falls in. */
export function bucketKey(date: CalendarDate, by: ReportGrain): CalendarDate {
  switch (by) {
    case 'day':
      return date;
    case 'week':
      return weekStart(date);
    case 'month':
      return monthStart(date);
  }
}

function nextBucket(key: CalendarDate, by: ReportGrain): CalendarDate {
  switch (by) {
    case 'day':
      return addDays(key, 1);
    case 'week':
      return addDays(key, 7);
    case 'month':
      return addMonths(key, 1);
  }
}

export type ReportBucket = {
  /** The first day of the whole day/week/month. */
  readonly key: CalendarDate;
  /** The bucket's days within the period, both included. */
  readonly from: CalendarDate;
  readonly to: CalendarDate;
};

/** The buckets that cover the period, oldest first. */
export function bucketsOf(period: ReportPeriod): ReportBucket[] {
  const buckets: ReportBucket[] = [];
  for (let key = bucketKey(period.from, period.by); key <= period.to;) {
    const next = nextBucket(key, period.by);
    const last = addDays(next, -1);
    buckets.push({
      key,
      from: key < period.from ? period.from : key,
      to: last > period.to ? period.to : last,
    });
    key = next;
  }
  return buckets;
}

/** Whether a day lies in the period, both ends included. */
export function isInPeriod(date: CalendarDate, period: Pick<ReportPeriod, 'from' | 'to'>): boolean {
  return date >= period.from && date <= period.to;
}

/** The instants of the period at the offset: from its first midnight to the one after it. */
export function periodInstants(
  period: Pick<ReportPeriod, 'from' | 'to'>,
  utcOffsetMinutes: number,
): { readonly start: Date; readonly end: Date } {
  return {
    start: startOfDay(period.from, utcOffsetMinutes),
    end: startOfDay(addDays(period.to, 1), utcOffsetMinutes),
  };
}

/** The day an ISO instant ("2026-11-30T13:00:00.000Z", or with an offset) falls on. */
export function dayOfInstant(instant: string, utcOffsetMinutes: number): CalendarDate {
  return calendarDateAt(new Date(instant), utcOffsetMinutes);
}

/** This month up to its last day, the month that holds `today`. */
export function monthOf(today: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  const from = monthStart(today);
  return { from, to: addDays(addMonths(from, 1), -1) };
}

export function previousMonthOf(today: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  return monthOf(addMonths(monthStart(today), -1));
}

/**
 * The region's offset (Kamchatka, UTC+12), for what a screen proposes before it knows a
 * clinic: "this month" on the admin's screen. The register dates every record in its own
 * clinic's zone (policy.utcOffsetMinutes).
 */
export const REGION_UTC_OFFSET_MINUTES = 720;
