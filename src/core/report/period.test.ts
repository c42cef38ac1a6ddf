import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../records/calendarDate';
import {
  bucketKey,
  bucketsOf,
  checkPeriod,
  dayOfInstant,
  monthOf,
  periodInstants,
  previousMonthOf,
} from './period';

const d = (text: string) => text as CalendarDate;
const KAMCHATKA = 12 * 60;

describe('report periods', () => {
  it('puts an instant after 12:00 UTC on the next Kamchatka day', () => {
    expect(dayOfInstant('2026-11-30T11:59:59.999Z', KAMCHATKA)).toBe('2026-11-30');
    expect(dayOfInstant('2026-11-30T12:00:00.000Z', KAMCHATKA)).toBe('2026-12-01');
    expect(dayOfInstant('2026-12-01T00:30:00+12:00', KAMCHATKA)).toBe('2026-12-01');
  });

  it('begins and ends a Kamchatka period at local midnight, 12:00 UTC the day before', () => {
    const { start, end } = periodInstants(
      { from: d('2026-12-01'), to: d('2026-12-31') },
      KAMCHATKA,
    );
    expect(start.toISOString()).toBe('2026-11-30T12:00:00.000Z');
    expect(end.toISOString()).toBe('2026-12-31T12:00:00.000Z');
  });

  it('starts weeks on Monday, also across a month and a year', () => {
    expect(bucketKey(d('2026-11-29'), 'week')).toBe('2026-11-23'); // a Sunday
    expect(bucketKey(d('2026-11-30'), 'week')).toBe('2026-11-30'); // a Monday
    expect(bucketKey(d('2027-01-01'), 'week')).toBe('2026-12-28'); // a Friday
  });

  it('cuts a month into weeks clipped to the month, the first one starting before it', () => {
    const buckets = bucketsOf({ from: d('2026-11-01'), to: d('2026-11-30'), by: 'week' });
    expect(buckets[0]).toEqual({ key: '2026-10-26', from: '2026-11-01', to: '2026-11-01' });
    expect(buckets[1]).toEqual({ key: '2026-11-02', from: '2026-11-02', to: '2026-11-08' });
    expect(buckets.at(-1)).toEqual({ key: '2026-11-30', from: '2026-11-30', to: '2026-11-30' });
    expect(buckets).toHaveLength(6);
  });

  it('ends months on their last day, February of a leap year included', () => {
    const buckets = bucketsOf({ from: d('2028-01-15'), to: d('2028-03-31'), by: 'month' });
    expect(buckets).toEqual([
      { key: '2028-01-01', from: '2028-01-15', to: '2028-01-31' },
      { key: '2028-02-01', from: '2028-02-01', to: '2028-02-29' },
      { key: '2028-03-01', from: '2028-03-01', to: '2028-03-31' },
    ]);
  });

  it('gives one bucket per day by day, both ends included', () => {
    const buckets = bucketsOf({ from: d('2026-11-29'), to: d('2026-12-02'), by: 'day' });
    expect(buckets.map((b) => b.key)).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
  });

  it('refuses a period that ends before it starts, or is longer than its grain allows', () => {
    expect(checkPeriod({ from: d('2026-11-02'), to: d('2026-11-01'), by: 'day' })).toMatchObject({
      ok: false,
      reason: 'period-reversed',
    });
    expect(checkPeriod({ from: d('2026-01-01'), to: d('2027-01-01'), by: 'day' })).toMatchObject({
      ok: true,
    });
    expect(checkPeriod({ from: d('2026-01-01'), to: d('2027-01-02'), by: 'day' })).toMatchObject({
      ok: false,
      reason: 'period-too-long',
    });
    expect(checkPeriod({ from: d('2026-01-01'), to: d('2027-01-02'), by: 'month' }).ok).toBe(true);
  });

  it('names this month and the last one, December to November and January to December', () => {
    expect(monthOf(d('2026-12-01'))).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(previousMonthOf(d('2026-12-01'))).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(previousMonthOf(d('2027-01-31'))).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(previousMonthOf(d('2028-03-31'))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});
