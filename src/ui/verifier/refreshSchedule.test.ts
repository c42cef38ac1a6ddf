import { describe, expect, it } from 'vitest';
import {
  HIDDEN_REFRESH_MS,
  SCANNING_REFRESH_MS,
  VERDICT_REFRESH_MS,
  nextRefreshInMs,
  refreshIntervalMs,
} from './refreshSchedule';

describe('how often the verifier asks for a new trust list', () => {
  it('asks often enough while a verdict is shown for a revocation to arrive within a minute', () => {
    expect(refreshIntervalMs({ hidden: false, verdictShown: true })).toBe(VERDICT_REFRESH_MS);
    // One interval, plus a sync that took as long, still leaves room in 60 s.
    expect(2 * VERDICT_REFRESH_MS).toBeLessThan(60_000);
  });

  it('asks at least every 15 minutes otherwise', () => {
    expect(refreshIntervalMs({ hidden: false, verdictShown: false })).toBe(SCANNING_REFRESH_MS);
    expect(refreshIntervalMs({ hidden: true, verdictShown: true })).toBe(HIDDEN_REFRESH_MS);
    expect(HIDDEN_REFRESH_MS).toBeLessThanOrEqual(15 * 60_000);
  });

  it('asks at once on opening, and otherwise an interval after the last attempt', () => {
    const context = { hidden: false, verdictShown: true };
    expect(nextRefreshInMs(null, 1000, context)).toBe(0);
    expect(nextRefreshInMs(1000, 6000, context)).toBe(VERDICT_REFRESH_MS - 5000);
    expect(nextRefreshInMs(1000, 1000 + SCANNING_REFRESH_MS, context)).toBe(0);
  });
});
