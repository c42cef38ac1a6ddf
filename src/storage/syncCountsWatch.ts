import { Dexie } from 'dexie';
import type { ObservabilitySet } from 'dexie';
import type { SeroDeskDatabase } from './database';
import { recordScope } from './recordTables';
import type { SyncCounts } from './syncCounts';
import { countSyncWork } from './syncCounts';

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

/** How long after one count the next may start, while writes keep arriving. */
export const SYNC_COUNTS_GAP_MS = 500;

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
 * Whether a committed write touched the outbox, a record table, `settled` or the meta table of
 * `db` (the queue of cards to void is a meta entry, storage/cardVoids.ts).
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
  let counting = false;
  let stale = false;
  let stopped = false;
  let lastStart = -Infinity;
  let cancel: (() => void) | undefined;
  const watcher: Watcher = { listeners: new Set(), last: undefined, stop };

  function count(): void {
    cancel = undefined;
    stale = false;
    counting = true;
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
        counting = false;
        if (stale) later();
      });
  }

  function later(): void {
    if (stopped || counting || cancel !== undefined) return;
    cancel = schedule(count, Math.max(0, lastStart + gapMs - now()));
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
