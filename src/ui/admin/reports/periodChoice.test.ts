import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../core/records/calendarDate';
import { monthChoice, periodOfChoice } from './periodChoice';

const today = '2026-12-01' as CalendarDate;

describe('the report period picker', () => {
  it('starts on this month by day', () => {
    expect(periodOfChoice(monthChoice(today))).toEqual({
      ok: true,
      period: { from: '2026-12-01', to: '2026-12-31', by: 'day' },
    });
  });

  it('takes a week from Monday to Sunday around the day picked', () => {
    const week = { ...monthChoice(today), kind: 'week' as const, day: '2026-11-04' };
    expect(periodOfChoice(week)).toEqual({
      ok: true,
      period: { from: '2026-11-02', to: '2026-11-08', by: 'day' },
    });
  });

  it('marks the "to" field of a custom period that ends before it starts', () => {
    const custom = {
      ...monthChoice(today),
      kind: 'custom' as const,
      from: '2026-11-30',
      to: '2026-11-01',
    };
    expect(periodOfChoice(custom)).toEqual({ ok: false, field: 'to', problem: 'period-reversed' });
  });

  it('marks a day that is not one, and a year by day as too long', () => {
    const day = { ...monthChoice(today), kind: 'day' as const, day: '2026-02-30' };
    expect(periodOfChoice(day)).toMatchObject({ ok: false, field: 'day' });
    const year = {
      ...monthChoice(today),
      kind: 'custom' as const,
      from: '2025-01-01',
      to: '2026-06-30',
    };
    expect(periodOfChoice(year)).toMatchObject({ ok: false, problem: 'period-too-long' });
    expect(periodOfChoice({ ...year, by: 'month' })).toMatchObject({ ok: true });
  });
});
