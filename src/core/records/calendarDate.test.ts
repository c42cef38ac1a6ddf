import { describe, expect, it } from 'vitest';
import type { CalendarDate } from './calendarDate';
import {
  addMonths,
  addYears,
  calendarDateAt,
  daysBetween,
  daysInMonth,
  isCalendarDate,
  parseCalendarDate,
} from './calendarDate';

const d = (text: string) => text as CalendarDate;

describe('calendar dates', () => {
  it('accepts only real days', () => {
    expect(parseCalendarDate('2028-02-29')).toBe('2028-02-29');
    expect(parseCalendarDate('2027-02-29')).toBeUndefined();
    expect(parseCalendarDate('2026-13-01')).toBeUndefined();
    expect(parseCalendarDate('2026-1-01')).toBeUndefined();
  });

  it('checks a stored date digit by digit exactly as parsing and comparing it would', () => {
    const texts = [
      '2028-02-29',
      '2027-02-29',
      '0000-01-01',
      '0001-01-01',
      '2026-00-10',
      '2026-12-31',
      '2026-12-32',
      '2026-04-31',
      '2026-1-01',
      ' 2026-01-01',
      '2026-01-01 ',
      '2026/01/01',
      '2026-01-0a',
      '２０２６-01-01',
      '20260-1-01',
      '',
    ];
    // Every month and day number 00–39 of a leap year, a common one and a century year.
    for (const year of ['2024', '2026', '1900', '2000']) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 39; day++) {
          texts.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
        }
      }
    }
    const differing = texts.filter(
      (text) => isCalendarDate(text) !== (parseCalendarDate(text) === text),
    );
    expect(differing).toEqual([]);
    expect(texts.filter((text) => isCalendarDate(text)).length).toBeGreaterThan(1000);
    expect([isCalendarDate(20260101), isCalendarDate(undefined)]).toEqual([false, false]);
  });

  it('counts the days of every month as the Gregorian calendar does, leap years included', () => {
    // Date.UTC maps years 0–99 to 1900–1999; from 100 on it is the proleptic calendar itself.
    for (let year = 100; year <= 2500; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
      }
    }
    expect([1900, 2000, 2024, 2026].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 29, 28]);
  });

  it('adds months clamping to the month’s last day', () => {
    expect(addMonths(d('2026-08-31'), 6)).toBe('2027-02-28');
    expect(addMonths(d('2027-08-31'), 6)).toBe('2028-02-29');
    expect(addMonths(d('2026-01-31'), 1)).toBe('2026-02-28');
    expect(addMonths(d('2026-03-31'), -1)).toBe('2026-02-28');
    expect(addMonths(d('2026-11-15'), 2)).toBe('2027-01-15');
    expect(addYears(d('2028-02-29'), -120)).toBe('1908-02-29');
    expect(addYears(d('2026-02-28'), -120)).toBe('1906-02-28');
  });

  it('dates an instant in Kamchatka, twelve hours ahead of UTC', () => {
    expect(calendarDateAt(new Date('2026-11-19T11:59:59Z'), 720)).toBe('2026-11-19');
    expect(calendarDateAt(new Date('2026-11-19T12:00:00Z'), 720)).toBe('2026-11-20');
  });

  it('counts whole days between dates', () => {
    expect(daysBetween(d('2026-02-27'), d('2026-03-01'))).toBe(2);
    expect(daysBetween(d('2026-03-01'), d('2026-02-27'))).toBe(-2);
  });
});
