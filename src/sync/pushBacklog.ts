import type { SyncBacklog } from '../core/protocol/sync';
import type { SyncCredentials } from './syncCalls';

// The backlog a push run reports (wire in src/core/protocol/sync.ts), read from storage once,
// before the run's first batch, and then carried: each later batch reports it less the
// records the register has since taken (accepted, or settled as a conflict). Reading it
// before every batch counted every waiting envelope on each request — O(N) per batch, so
// O(N²/B) per push (issue #14: 4 of the 25 CPU-seconds of a push of 50,000) — and on the
// request's path, before it leaves. The run's pull reads it afresh for its first page and
// carries it to the others (syncRun.ts pullAll; nothing is settled by a pull), so the
// register's figure is exact once the run has pushed; until then it may count a record
// edited while its batch was out as taken, and the oldest op's age is the run's start's. A
// record written at the desk during a long download is counted by the next run.
//
//   start {records: 50000, oldestAgeSeconds: 93600}  → after 3 batches {records: 47000, …}
//   all taken                                         → {records: 0}

export type RunBacklog = {
  /** What the next request reports; fails as the storage read did (that request goes without). */
  readonly read: () => Promise<SyncBacklog>;
  /** The register answered `count` records with something other than a refusal. */
  readonly settled: (count: number) => void;
};

export function runBacklog(readStored: () => Promise<SyncBacklog>): RunBacklog {
  let start: Promise<SyncBacklog> | null = null;
  let taken = 0;
  return {
    async read() {
      // A failed read is tried again by the next request, as before every request.
      start ??= readStored().catch((error: unknown) => {
        start = null;
        throw error;
      });
      const { records, oldestAgeSeconds } = await start;
      const left = Math.max(0, records - taken);
      // No records, no age (the wire's rule).
      if (left === 0 || oldestAgeSeconds === undefined) return { records: left };
      return { records: left, oldestAgeSeconds };
    },
    settled(count) {
      taken += count;
    },
  };
}

/**
 * The run's credentials, their backlog read once and carried (runBacklog), and how to tell it
 * what the register took; without a backlog to report, the credentials as they are.
 */
export function withRunBacklog(credentials: SyncCredentials): {
  readonly credentials: SyncCredentials;
  readonly settled: (count: number) => void;
} {
  if (credentials.backlog === undefined) return { credentials, settled: () => undefined };
  const backlog = runBacklog(credentials.backlog);
  return { credentials: { ...credentials, backlog: backlog.read }, settled: backlog.settled };
}
