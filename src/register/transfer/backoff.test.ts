import { describe, expect, it } from 'vitest';
import { retryDelayMs, sendLeaseMs, TRANSFER_BACKOFF } from './backoff';

describe('the transfer retry delay', () => {
  it('starts at 30 seconds and doubles with each further failure', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
  });

  it('never exceeds an hour, however many attempts failed', () => {
    expect(retryDelayMs(8)).toBe(TRANSFER_BACKOFF.capMs);
    expect(retryDelayMs(10_000)).toBe(TRANSFER_BACKOFF.capMs);
  });

  it('leaves a send twice its time limit before another attempt may take the item', () => {
    expect(sendLeaseMs(30_000)).toBe(60_000);
  });
});
