import { describe, expect, it } from 'vitest';
import { regularDelayMs, retryDelayMs, SYNC_SCHEDULE } from './schedule';

describe('sync schedule', () => {
  it('doubles the wait after each failure, with jitter between half and all of the step', () => {
    expect(retryDelayMs(1, () => 0)).toBe(SYNC_SCHEDULE.firstRetryMs / 2);
    expect(retryDelayMs(1, () => 0.999999)).toBeCloseTo(SYNC_SCHEDULE.firstRetryMs, -1);
    expect(retryDelayMs(3, () => 0)).toBe((SYNC_SCHEDULE.firstRetryMs * 4) / 2);
  });

  it('never waits longer than the ceiling, however long the link is down', () => {
    expect(retryDelayMs(500, () => 0.999999)).toBeLessThanOrEqual(SYNC_SCHEDULE.maxRetryMs);
  });

  it('spreads regular runs ±20 % around the beat', () => {
    expect(regularDelayMs(() => 0)).toBe(SYNC_SCHEDULE.regularMs * 0.8);
    expect(regularDelayMs(() => 0.5)).toBe(SYNC_SCHEDULE.regularMs);
  });
});
