import { Dexie } from 'dexie';
import type { ObservabilitySet } from 'dexie';
import type { SeroDeskDatabase } from './database';
import { recordScope } from './recordTables';
import type { SyncCounts } from './syncCounts';
import { countSyncWork, hasQueuedOp } from './syncCounts';

// The header's and the problems link's live sync counts, counted at most once per `gapMs`
// (issue #14). A live query counts anew after every write to the outbox or a record table:
// 22 index counts each time. While a first download stored 50,000 records in slices of 250,
// that was 200 recounts per component, each one a read the next slice's write waited for.
// Here one watcher per database serves every listener, and writes that arrive while a count
// runs, or within `gapMs` of the last one, are answered by one count after the gap:
//
//   write ─ count ─────────────── write write write ─ (gap) ─ count
//
// A clerk's save after a quiet moment is counted at once (no gap has to pass), so the header
// still says «ожидает отправки» as the record is written.
//
// The gap also grows with what a count costs. Chromium's IndexedDB counts an index by walking
// it, so with 10,000 records waiting one count of everything walked ≈ 20,000 entries (the
// "pending" envelopes and the settled rows) and took ≈ 200 ms of the database's own thread,
// the thread every write of the push waits on: counted every 500 ms, the header's counts were
// 3.1 of the 7.7 s a push of 10,000 took in a browser (a Chromium trace, issue #14). The next
// count now starts no sooner than ten times the last one's duration after it, so counting
// takes at most a tenth of the database's time; on a desk's usual few hundred records a count
// takes milliseconds and the gap stays 500 ms. Within a long gap, every 500 ms, one read
// asks whether any op is still queued: if none is, the count runs then — cheap, since
// with nothing queued the envelopes are not counted (syncCounts.ts) — so the header says
// «Все записи отправлены» as soon as the push is over, not a long gap later.
//
//   count (200 ms) ─ 500 ms ─ op queued? yes ─ 500 ms ─ yes ─ … ─ count, 2 s after the last
//   count (200 ms) ─ 500 ms ─ op queued? no ─ count (3 ms): "all sent"
//   count (3 ms) ── 500 ms ── count
//   count (200 ms, nothing waiting) ── 500 ms ── count   (a save after a push, say)

/** How long after one count the next may start, while writes keep arriving. */
export const SYNC_COUNTS_GAP_MS = 500;

/** The next count starts at least this many times the last one's duration after it. */
export const SYNC_COUNTS_COST_SHARE = 10;

export type CountsListener = {
  readonly next: (counts: SyncCounts) => void;
  readonly error: (error: unknown) => void;
};

/** Runs `run` after `ms`; returns the cancel. Tests pass their own clock. */
export type Schedule = (run: () => void, ms: number) => () => void;

const realSchedule: Schedule = (run, ms) => {
  const timer = setTimeout(run, ms);
  return () => {
    clearTimeout(timer);
  };
};

type Watcher = {
  readonly listeners: Set<CountsListener>;
  last: SyncCounts | undefined;
  stop(): void;
};

const watchers = new WeakMap<SeroDeskDatabase, Watcher>();

/**
 * Whether a committed write touched the outbox, a record table, `settledBatches` or the meta
 * table of `db` (the queue of cards to void is a meta entry, storage/cardVoids.ts).
 */
function touchesCounts(db: SeroDeskDatabase, parts: ObservabilitySet): boolean {
  const prefixes = [db.outbox, db.meta, ...recordScope(db)].map(
    (table) => `idb://${db.name}/${table.name}/`,
  );
  return Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)));
}

function startWatcher(
  db: SeroDeskDatabase,
  schedule: Schedule,
  now: () => number,
  gapMs: number,
): Watcher {
  // A count, or the probe before one, is under way: nothing else is scheduled meanwhile.
  let busy = false;
  let stale = false;
  let stopped = false;
  let lastStart = -Infinity;
  let lastDuration = 0;
  let cancel: (() => void) | undefined;
  const watcher: Watcher = { listeners: new Set(), last: undefined, stop };

  function count(): void {
    cancel = undefined;
    stale = false;
    busy = true;
    lastStart = now();
    countSyncWork(db)
      .then((counts) => {
        watcher.last = counts;
        for (const listener of watcher.listeners) listener.next(counts);
      })
      .catch((error: unknown) => {
        // Erasing the tablet closes the database for good and deletes it, then reloads the
        // page: a count that was due meanwhile has nothing to count and nothing went wrong
        // (Dexie's liveQuery, which the desk's other live reads use, is silent there too).
        if (db.hasBeenClosed()) {
          stop();
          watchers.delete(db);
          return;
        }
        for (const listener of watcher.listeners) listener.error(error);
      })
      .finally(() => {
        lastDuration = now() - lastStart;
        busy = false;
        if (stale) later();
      });
  }

  /**
   * Within a costly count's gap, every `gapMs`: counts at once if the last op has left the
   * outbox (a count is cheap then, and «Все записи отправлены» is what the clerk waits for),
   * else asks again, and counts when the gap has passed. One read of one row each time.
   */
  function probe(due: number): void {
    cancel = undefined;
    busy = true;
    hasQueuedOp(db)
      .then((queued) => {
        busy = false;
        if (stopped) return;
        const left = due - now();
        if (!queued || left <= 0) count();
        else if (left <= gapMs) cancel = schedule(count, left);
        else {
          cancel = schedule(() => {
            probe(due);
          }, gapMs);
        }
      })
      .catch(() => {
        // The count itself says what went wrong (or, erased, nothing).
        busy = false;
        if (!stopped) count();
      });
  }

  function later(): void {
    if (stopped || busy || cancel !== undefined) return;
    const soon = lastStart + gapMs;
    // After a count that found nothing waiting, the plain gap, whatever that count cost: the
    // next write is most likely a clerk's save, to show at once, and with no op queued a count
    // skips the envelopes. (A loaded machine's slow first count once kept a save's «Ждут
    // отправки: 1» back by more than a second.)
    const spacing =
      watcher.last?.waiting === 0 ? gapMs : Math.max(gapMs, SYNC_COUNTS_COST_SHARE * lastDuration);
    const due = lastStart + spacing;
    cancel =
      due <= soon
        ? schedule(count, Math.max(0, due - now()))
        : schedule(
            () => {
              probe(due);
            },
            Math.max(0, soon - now()),
          );
  }

  function onMutated(parts: ObservabilitySet): void {
    if (!touchesCounts(db, parts)) return;
    stale = true;
    later();
  }

  function stop(): void {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onMutated);
    cancel?.();
    cancel = undefined;
  }

  Dexie.on.storagemutated.subscribe(onMutated);
  stale = true;
  later();
  return watcher;
}

/**
 * Calls `listener.next` with the tablet's sync counts now and whenever they may have changed,
 * at most once per `gapMs` while writes keep coming. Returns the unsubscribe.
 */
export function watchSyncCounts(
  db: SeroDeskDatabase,
  listener: CountsListener,
  options: { schedule?: Schedule; now?: () => number; gapMs?: number } = {},
): () => void {
  let watcher = watchers.get(db);
  if (watcher === undefined) {
    watcher = startWatcher(
      db,
      options.schedule ?? realSchedule,
      options.now ?? (() => performance.now()),
      options.gapMs ?? SYNC_COUNTS_GAP_MS,
    );
    watchers.set(db, watcher);
  } else if (watcher.last !== undefined) {
    listener.next(watcher.last);
  }
  const current = watcher;
  current.listeners.add(listener);
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size > 0) return;
    current.stop();
    watchers.delete(db);
  };
}
