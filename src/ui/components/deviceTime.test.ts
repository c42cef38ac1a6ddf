import { describe, expect, it } from 'vitest';
import { formatDeviceDateTime } from './deviceTime';

describe('instants outside the desk', () => {
  it('are written дд.мм.гггг чч:мм whatever the screen language', () => {
    // Built from local parts, so the test means the same in every time zone.
    expect(formatDeviceDateTime(new Date(2026, 11, 1, 4, 38, 18))).toBe('01.12.2026 04:38');
    expect(formatDeviceDateTime(new Date(2027, 0, 9, 23, 5))).toBe('09.01.2027 23:05');
  });

  it('reads an ISO instant as the same moment', () => {
    const instant = new Date(2026, 2, 7, 9, 30);
    expect(formatDeviceDateTime(instant.toISOString())).toBe('07.03.2026 09:30');
  });
});
