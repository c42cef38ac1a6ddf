// The period as the Reports screen's picker holds it, and the report period it stands for.
// A day and a week are shown by day; a month and a custom period by the grain chosen.
//
//   {kind: "week", day: "2026-11-04", …}        → {from: "2026-11-02", to: "2026-11-08", by: "day"}
//   {kind: "month", month: "2026-11", by: "week"} → {from: "2026-11-01", to: "2026-11-30", by: "week"}
import type { CalendarDate } from '../../../core/records/calendarDate';
import { addDays, parseCalendarDate } from '../../../core/records/calendarDate';
import type { PeriodProblem, ReportGrain, ReportPeriod } from '../../../core/report/period';
import { checkPeriod, monthOf, weekStart } from '../../../core/report/period';

export const PERIOD_KINDS = ['day', 'week', 'month', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type PeriodChoice = {
  readonly kind: PeriodKind;
  /** The day (kind day), or any day of the week (kind week): "2026-11-04". */
  readonly day: string;
  /** "2026-11", as <input type="month"> gives it. */
  readonly month: string;
  readonly from: string;
  readonly to: string;
  readonly by: ReportGrain;
};

export type ChoiceField = 'day' | 'month' | 'from' | 'to';
export type ChoiceProblem = {
  readonly field: ChoiceField;
  readonly problem: PeriodProblem | 'period-not-a-date';
};

/** The picker's start: this month, by day. */
export function monthChoice(today: CalendarDate, month = today.slice(0, 7)): PeriodChoice {
  const { from, to } = monthOf(`${month}-01` as CalendarDate);
  return { kind: 'month', day: today, month, from, to, by: 'day' };
}

export type ChoiceOutcome =
  { readonly ok: true; readonly period: ReportPeriod } | ({ readonly ok: false } & ChoiceProblem);

function wrong(field: ChoiceField, problem: ChoiceProblem['problem']): ChoiceOutcome {
  return { ok: false, field, problem };
}

/** The period the choice stands for, or the field to mark and why. */
export function periodOfChoice(choice: PeriodChoice): ChoiceOutcome {
  let period: ReportPeriod;
  switch (choice.kind) {
    case 'day':
    case 'week': {
      const day = parseCalendarDate(choice.day);
      if (day === undefined) return wrong('day', 'period-not-a-date');
      const from = choice.kind === 'day' ? day : weekStart(day);
      period = { from, to: choice.kind === 'day' ? day : addDays(from, 6), by: 'day' };
      break;
    }
    case 'month': {
      const first = parseCalendarDate(`${choice.month}-01`);
      if (first === undefined) return wrong('month', 'period-not-a-date');
      period = { ...monthOf(first), by: choice.by };
      break;
    }
    case 'custom': {
      const from = parseCalendarDate(choice.from);
      if (from === undefined) return wrong('from', 'period-not-a-date');
      const to = parseCalendarDate(choice.to);
      if (to === undefined) return wrong('to', 'period-not-a-date');
      period = { from, to, by: choice.by };
      break;
    }
  }
  const checked = checkPeriod(period);
  return checked.ok ? { ok: true, period: checked.value } : wrong('to', checked.reason);
}
