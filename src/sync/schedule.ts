// When the sync engine tries next. After a success it comes back on a regular beat; after a
// failure it waits longer each time (exponential backoff) up to a ceiling, with jitter so the
// tablets of a clinic that lost the link together do not all call back in the same second
// when it returns. Randomness is passed in so tests can fix it.

export const SYNC_SCHEDULE = {
  /** Between successful runs: new records of colleagues arrive within about a minute. */
  regularMs: 60_000,
  /** First retry after a failure. */
  firstRetryMs: 5_000,
  /** Longest wait between retries, on a link that is down for days. */
  maxRetryMs: 10 * 60_000,
} as const;

/** A number in [0, 1), like Math.random. */
export type Random = () => number;

/**
 * Wait before retry number `failures` (1 after the first failure): the exponential step,
 * between half of it and all of it ("equal jitter", so a retry never comes at once).
 */
export function retryDelayMs(failures: number, random: Random): number {
  const exponent = Math.max(0, Math.min(failures - 1, 30));
  const step = Math.min(SYNC_SCHEDULE.maxRetryMs, SYNC_SCHEDULE.firstRetryMs * 2 ** exponent);
  return Math.round(step / 2 + (random() * step) / 2);
}

/** Wait after a success: the regular beat ±20 %. */
export function regularDelayMs(random: Random): number {
  return Math.round(SYNC_SCHEDULE.regularMs * (0.8 + 0.4 * random()));
}

/** setTimeout/clearTimeout, injected so tests drive time by hand. */
export type Timers = {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
};

export const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};
