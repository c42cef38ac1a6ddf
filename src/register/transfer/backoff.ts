// When a failed transfer is tried again: 30 s after the first failure, doubling with each
// further one, never more than an hour apart, so a receiver down for a weekend is asked
// about once an hour and one back after a minute's hiccup is asked again within a minute.
// No jitter: the queue is one worker's, sending one item at a time, so there is no herd.

export const TRANSFER_BACKOFF = { firstMs: 30_000, capMs: 60 * 60_000 } as const;

/** The delay after the `attempts`-th attempt failed (attempts ≥ 1). */
export function retryDelayMs(attempts: number, backoff = TRANSFER_BACKOFF): number {
  const exponent = Math.max(0, attempts - 1);
  // 2^exponent overflows nothing before the cap stops it: 2^7 × 30 s already exceeds an hour.
  return Math.min(backoff.capMs, backoff.firstMs * 2 ** Math.min(exponent, 30));
}

/** How long a claimed (`sent`) item is left to its sender before another attempt may take it. */
export function sendLeaseMs(timeoutMs: number): number {
  return 2 * timeoutMs;
}
