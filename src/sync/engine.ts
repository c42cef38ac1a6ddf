import type { Result } from '../core/result';
import type { SeroDeskDatabase } from '../storage/database';
import { META, readMeta, writeMeta } from '../storage/metaKeys';
import { resetSending } from '../storage/outbox';
import { storePageIndex } from '../storage/pageIndexStore';
import { settleWritten } from '../storage/settledSync';
import { readOutboxBacklog } from '../storage/outboxBacklog';
import { countSyncWork } from '../storage/syncCounts';
import { loadTabletIdentity, loadTabletToken } from '../storage/tablet';
import { sendCardVoids } from './cardVoids';
import { refreshClinicDirectory } from './clinicDirectory';
import type { Random, Timers } from './schedule';
import { browserTimers, regularDelayMs, retryDelayMs } from './schedule';
import type { SyncError, SyncFailure, SyncStatus } from './status';
import { IDLE_STATUS, SYNC_FAILURE_MESSAGES } from './status';
import type { SyncCredentials } from './syncCalls';
import type { RunSizes } from './syncRun';
import { DEFAULT_RUN_SIZES, pullAll, pushOutbox } from './syncRun';
import type { Transport } from './transport';

// The client sync engine. It runs on start, on "sync now" (the header button, and the
// `online` event, which SyncProvider forwards), and on a timer: the regular beat after a
// success, exponential backoff with jitter after a failure. Only one run at a time; a "sync
// now" during a run makes one more run follow it, so an edit made meanwhile is not left
// waiting for the timer. Clock, randomness, timers and transport are injected.
//
//   status after a failure:
//   {running:false, phase:"idle", lastSuccessAt:"2026-11-26T09:58:00.000Z", waiting:12,
//    rejected:0, conflicts:0, pulled:0, pullTotal:null, firstPull:false,
//    nextAttemptAt:"2026-11-26T10:00:07.000Z",
//    lastError:{reason:"timeout", message:{ru:"…", en:"…"}, at:"2026-11-26T10:00:00.000Z"}}

export type SyncEngineDeps = {
  readonly db: SeroDeskDatabase;
  readonly transport: Transport;
  readonly now: () => Date;
  readonly random: Random;
  readonly timers?: Timers;
  readonly sizes?: RunSizes;
};

export type SyncEngine = {
  /** Runs now and keeps running on the schedule until stop(). */
  start(): void;
  stop(): void;
  /** Runs at once (or right after the run in progress) and resolves with the status. */
  syncNow(): Promise<SyncStatus>;
  status(): SyncStatus;
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /**
   * Resolves once the envelopes a push settled without writing are written and the page
   * index of a download is stored (settleAtIdle below), or at once when nothing is being
   * done at idle: tests and the benchmark wait for it.
   */
  settling(): Promise<void>;
  /**
   * Stops the schedule, holds back "sync now" until start(), and resolves once the run in
   * progress and its idle work are done: from then on the engine opens no transaction, so the
   * tablet's erase deletes the database without IndexedDB holding the delete back for a
   * transaction of ours still open (ui/tablet/EraseCard.tsx).
   */
  pause(): Promise<void>;
};

/**
 * Envelopes written per transaction at idle, at least: whole rows of a batch's settled
 * records (≤ 1,000, storage/settledSync.ts) until this many; a desk read waits for one chunk.
 */
export const SETTLE_CHUNK = 500;

type RunOutcome = { readonly ok: true } | { readonly ok: false; readonly error: SyncError };

export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const { db, transport, now, random } = deps;
  const timers = deps.timers ?? browserTimers;
  const sizes = deps.sizes ?? DEFAULT_RUN_SIZES;
  const listeners = new Set<(status: SyncStatus) => void>();
  let status: SyncStatus = IDLE_STATUS;
  let current: Promise<SyncStatus> | null = null;
  let again = false;
  let started = false;
  let paused = false;
  let timer: unknown = null;
  let failures = 0;
  let recovered = false;
  let settling: Promise<void> | null = null;

  function update(change: Partial<SyncStatus>): void {
    status = { ...status, ...change };
    for (const listener of listeners) listener(status);
  }

  function failure(reason: SyncFailure, detail?: string): RunOutcome {
    const error: SyncError = {
      reason,
      message: SYNC_FAILURE_MESSAGES[reason],
      at: now().toISOString(),
      ...(detail === undefined ? {} : { detail }),
    };
    return { ok: false, error };
  }

  async function runOnce(): Promise<RunOutcome> {
    if (!recovered) {
      // A release before issue #14's session 8 marked records "sending" while a batch was
      // out; one closed mid-run left them so. Today's runs never write that state.
      await resetSending(db);
      const saved = await readMeta(db, META.lastSyncSuccess);
      if (saved !== undefined) update({ lastSuccessAt: saved });
      recovered = true;
    }
    const identity = await loadTabletIdentity(db);
    const token = await loadTabletToken(db);
    if (identity === undefined || token === undefined) return failure('not-enrolled');
    const backlog = () => readOutboxBacklog(db, now());
    const credentials = { tabletId: identity.tabletId, token, backlog };

    update({ phase: 'push' });
    const pushed = await pushOutbox(db, transport, credentials, sizes.batchSize);
    if (!pushed.ok) return failure(pushed.reason, pushed.detail);
    update({ phase: 'pull' });
    // Settings and colleagues' names, once per run (see clinicDirectory.ts), are fetched beside
    // the pull: they depend on no record, and one after the other they made a run that only
    // pulls two round trips, 1.2 s on a 600 ms satellite link (issue #14). The run ends once
    // both sides are done, and tells a failure in the run's order: pull, card voids, directory.
    const sides = await Promise.allSettled([
      pullThenVoid(credentials),
      refreshClinicDirectory(db, transport, token),
    ]);
    for (const side of sides) {
      if (side.status === 'rejected') throw side.reason;
      if (!side.value.ok) return failure(side.value.reason, side.value.detail);
    }
    return { ok: true };
  }

  async function pullThenVoid(credentials: SyncCredentials): Promise<Result<number, SyncFailure>> {
    const pulled = await pullAll(db, transport, credentials, sizes.pageSize, (progress) => {
      update({
        pulled: progress.received,
        pullTotal: progress.total,
        firstPull: progress.firstPull,
      });
    });
    if (!pulled.ok) return pulled;
    // Cards of certificates discarded here, for the register to void (cardVoids.ts); after
    // the records, so a failure here never holds back the register's changes.
    return sendCardVoids(db, transport, credentials);
  }

  function schedule(ok: boolean): void {
    if (timer !== null) timers.clear(timer);
    timer = null;
    if (!started) {
      update({ nextAttemptAt: null });
      return;
    }
    const delay = ok ? regularDelayMs(random) : retryDelayMs(failures, random);
    update({ nextAttemptAt: new Date(now().getTime() + delay).toISOString() });
    timer = timers.set(() => {
      timer = null;
      void syncNow();
    }, delay);
  }

  /** Counts for the header; a storage failure here only leaves the old counts shown. */
  async function counts(): Promise<Partial<SyncStatus>> {
    return countSyncWork(db).catch(() => ({}));
  }

  /**
   * After a run: the records the register took as sent read "synced" already
   * (storage/settledSync.ts); their envelopes are written so at idle, a chunk per transaction,
   * so the push that a clerk waits on does not also rewrite every envelope and its indexes.
   */
  function settleAtIdle(): void {
    if (settling !== null || paused) return;
    settling = (async () => {
      try {
        while ((await settleWritten(db, SETTLE_CHUNK)) > 0) {
          // Each chunk commits before the next starts: the desk's reads go in between.
        }
        // After a download: the page index's sorted pairs, so a start need not sort them.
        await storePageIndex(db);
      } catch (error) {
        // Erased meanwhile (the page reloads); otherwise the next run's idle tries again.
        if (!db.hasBeenClosed()) console.error('settling synced envelopes failed', error);
      } finally {
        settling = null;
      }
    })();
  }

  async function run(): Promise<SyncStatus> {
    // The run's counts are taken once, at its end. The header counts on its own meanwhile
    // (storage/syncCountsWatch.ts); a count before the push, or between push and pull, held
    // the first request back: with 10,000 records waiting, Chromium walks 10,000 index entries
    // to count them, ≈ 0.1 s of the database's thread (issue #14).
    update({ running: true, pulled: 0, pullTotal: null, firstPull: false });
    let outcome: RunOutcome;
    const at = now().toISOString();
    try {
      outcome = await runOnce();
      // Saving the success time is storage too: if IndexedDB refuses it after the records
      // went through, the clerk sees a storage failure and the loop retries, instead of the
      // run rejecting and the timer never being set again.
      if (outcome.ok) await writeMeta(db, META.lastSyncSuccess, at);
    } catch (error) {
      // IndexedDB refused (quota, a closed database): a failure to show, not a crash.
      outcome = failure('storage-error', String(error));
    }
    const after = await counts();
    if (outcome.ok) {
      failures = 0;
      update({ running: false, phase: 'idle', lastSuccessAt: at, lastError: null, ...after });
    } else {
      failures += 1;
      update({ running: false, phase: 'idle', lastError: outcome.error, ...after });
    }
    schedule(outcome.ok);
    settleAtIdle();
    return status;
  }

  function syncNow(): Promise<SyncStatus> {
    if (paused) return Promise.resolve(status);
    if (current !== null) {
      again = true;
      return current;
    }
    const running = (async () => {
      let result = await run();
      while (again) {
        again = false;
        result = await run();
      }
      return result;
    })();
    current = running.finally(() => {
      current = null;
    });
    return current;
  }

  function stop(): void {
    started = false;
    if (timer !== null) timers.clear(timer);
    timer = null;
  }

  return {
    start() {
      paused = false;
      if (started) return;
      started = true;
      void syncNow();
    },
    stop,
    async pause() {
      stop();
      paused = true;
      again = false;
      // A run ends by starting its idle work; wait for both, whatever they end in.
      while (current !== null || settling !== null) {
        await (current ?? settling)?.catch(() => undefined);
      }
    },
    syncNow,
    status: () => status,
    settling: () => settling ?? Promise.resolve(),
    subscribe(listener) {
      listeners.add(listener);
      listener(status);
      return () => listeners.delete(listener);
    },
  };
}
