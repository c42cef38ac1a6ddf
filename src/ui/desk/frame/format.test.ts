import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, fromLocalInput, toLocalInput } from './format';

describe('how the desk writes dates and money', () => {
  it('writes calendar dates as дд.мм.гггг', () => {
    expect(formatDate('2026-03-07')).toBe('07.03.2026');
  });

  it('shows an instant in Kamchatka time, whatever the tablet’s zone', () => {
    expect(formatDateTime('2026-11-26T12:05:00.000Z', 720)).toBe('27.11.2026 00:05');
  });

  it('round-trips a datetime-local value through the clinic’s offset', () => {
    const instant = fromLocalInput('2026-11-27T09:30', 720);
    expect(instant?.toISOString()).toBe('2026-11-26T21:30:00.000Z');
    expect(toLocalInput(new Date('2026-11-26T21:30:00.000Z'), 720)).toBe('2026-11-27T09:30');
    expect(fromLocalInput('2026-02-30T09:30', 720)).toBeUndefined();
    expect(fromLocalInput('', 720)).toBeUndefined();
  });

  it('writes kopecks as roubles with a comma and grouped thousands', () => {
    expect(formatMoney(95_000)).toBe('950,00\u00a0₽');
    expect(formatMoney(123_456_789)).toBe('1\u00a0234\u00a0567,89\u00a0₽');
    expect(formatMoney(5)).toBe('0,05\u00a0₽');
  });
});
