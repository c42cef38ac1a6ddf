import type { SeroDeskDatabase } from './database';

// The desk's reads go before a download's writes (issue #14). A tablet pulling the clinic's
// records stores them in slices (sync/pullSlices.ts); between two slices the page's
// JavaScript runs on the same thread as the desk — the record schema, Dexie's bookkeeping and
// the browser copying each row for IndexedDB, ≈ 30 ms a slice — and a search's three reads
// (keys, rows, count) each waited behind it. So a search marks itself while it runs, and the
// pull starts its next slice only once no search is running:
//
//   search ├──keys──rows──count┤
//   pull   ─slice 3─┤ waits ·········· ├─slice 4─
//
// A search still waits for the slice already being stored (125 rows, ≈ 25 ms in Chromium).
// A read that never ends holds the pull `MAX_WAIT_MS` at most, then the pull goes on.

/** The longest a slice waits for the desk's reads. */
export const MAX_WAIT_MS = 1_000;

type Gate = { running: number; readonly settled: (() => void)[] };

// One gate per database name for the whole page, whichever connection (Dexie instance) or
// copy of this module asks: what the reads and the writes contend for is the browser's
// database. (The benchmark's probe, bench/webProbe.ts, is such a second copy and connection.)
const GATES = Symbol.for('serodesk.deskFirst.gates');
type GateHolder = { [GATES]?: Map<string, Gate> };

function gateOf(db: SeroDeskDatabase): Gate {
  const holder = globalThis as GateHolder;
  const gates = (holder[GATES] ??= new Map<string, Gate>());
  let gate = gates.get(db.name);
  if (gate === undefined) {
    gate = { running: 0, settled: [] };
    gates.set(db.name, gate);
  }
  return gate;
}

function resumeSlices(gate: Gate): void {
  if (gate.running > 0) return;
  for (const resume of gate.settled.splice(0)) resume();
}

/**
 * Runs one of the desk's reads; a slice waiting in `deskReadsSettled` starts after it.
 *
 * Not an `async` function on purpose: the read's own promise is handed back with the
 * bookkeeping chained on. Inside a live query (ui/desk/frame/useLiveQuery.ts) an `async`
 * wrapper's `await` around a read that opens a transaction made Dexie lose track of that
 * transaction after a few nested awaits in it, and the search for a surname with a date being
 * typed ("Иванова 12.03") failed with PrematureCommitError at every keystroke of the date
 * (src/desk/liveQueries.test.ts).
 */
export function asDeskRead<T>(db: SeroDeskDatabase, read: () => Promise<T>): Promise<T> {
  const gate = gateOf(db);
  gate.running += 1;
  const done = () => {
    gate.running -= 1;
    // A task later, so the search's answer reaches the screen before the slice's work starts;
    // a search begun meanwhile holds the slice again.
    if (gate.running === 0) {
      setTimeout(() => {
        resumeSlices(gate);
      }, 0);
    }
  };
  let reading: Promise<T>;
  try {
    reading = read();
  } catch (error) {
    done();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return reading.finally(done);
}

/** Resolves once no desk read is running, or after `maxWaitMs` whatever they do. */
export function deskReadsSettled(
  db: SeroDeskDatabase,
  maxWaitMs: number = MAX_WAIT_MS,
): Promise<void> {
  const gate = gateOf(db);
  if (gate.running === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resume, maxWaitMs);
    function resume() {
      clearTimeout(timer);
      const at = gate.settled.indexOf(resume);
      if (at >= 0) gate.settled.splice(at, 1);
      resolve();
    }
    gate.settled.push(resume);
  });
}
