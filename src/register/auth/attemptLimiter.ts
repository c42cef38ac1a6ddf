// Limits sign-in attempts per key (login + client address) in a fixed window, in memory.
// In memory is enough for one register process: a restart forgets the counts, which costs
// an attacker nothing they could not get by waiting a minute. Several register processes
// behind a balancer would each keep their own counts (documented in docs/API.md).

export type AttemptVerdict =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

export type AttemptLimiter = {
  /** Counts one attempt for `key` and says whether it may go ahead. */
  attempt(key: string): AttemptVerdict;
};

type Window = { startedAt: number; count: number };

/** Past this many tracked keys, expired windows are swept so memory stays bounded. */
const SWEEP_THRESHOLD = 10_000;

export function createAttemptLimiter(options: {
  readonly maxAttempts: number;
  readonly windowMs: number;
  readonly now: () => number;
}): AttemptLimiter {
  const windows = new Map<string, Window>();

  function sweep(at: number): void {
    for (const [key, window] of windows) {
      if (at - window.startedAt >= options.windowMs) windows.delete(key);
    }
  }

  return {
    attempt(key) {
      const at = options.now();
      if (windows.size > SWEEP_THRESHOLD) sweep(at);
      const current = windows.get(key);
      if (current === undefined || at - current.startedAt >= options.windowMs) {
        windows.set(key, { startedAt: at, count: 1 });
        return { allowed: true };
      }
      current.count += 1;
      if (current.count <= options.maxAttempts) return { allowed: true };
      const waitMs = current.startedAt + options.windowMs - at;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    },
  };
}
