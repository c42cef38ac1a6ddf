import { describe, expect, it } from 'vitest';
import { createAttemptLimiter } from './attemptLimiter';

describe('createAttemptLimiter', () => {
  it('allows maxAttempts per window, refuses the next with the wait, and forgets after the window', () => {
    let now = 1_000_000;
    const limiter = createAttemptLimiter({ maxAttempts: 3, windowMs: 60_000, now: () => now });
    expect([1, 2, 3].map(() => limiter.attempt('lab|10.0.0.5').allowed)).toEqual([
      true,
      true,
      true,
    ]);
    now += 20_000;
    expect(limiter.attempt('lab|10.0.0.5')).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(limiter.attempt('lab|10.0.0.6').allowed).toBe(true);
    now += 40_000;
    expect(limiter.attempt('lab|10.0.0.5').allowed).toBe(true);
  });
});
