import type { PulledChange } from '../src/core/protocol/sync';
import { searchPersons } from '../src/desk/queries';
import { openDatabase } from '../src/storage/database';
import { applyPulled } from '../src/storage/pulled';
import { searchPersons as searchStoredPersons } from '../src/storage/personSearch';

// Bench-only code for the page (never part of the shipped app): bench/webData.ts builds this
// file with Vite into the temporary folder the register serves, next to the built app, and
// the benchmarks load it with `import('/bench-probe/probe.js')`. It opens the app's own
// IndexedDB database ("serodesk", same schema) beside the app's connection and runs
//  - the desk's person search (src/desk/queries.ts searchPersons, what the search screen's
//    live query calls), timed with the page's performance.now();
//  - the same search as storage answers it without the desk's wrapper (storage/personSearch),
//    for a before/after of the desk's query shape in one run;
//  - the app's own storing of pulled pages (storage/pulled.ts applyPulled), to fill the
//    database with 100,000 persons faster than a real pull would.

const db = openDatabase();

export type SearchVariant = 'desk' | 'storage';

/** One timed search: when it started (page time), how long it took, what it found. */
export type SearchSample = {
  readonly variant: SearchVariant;
  readonly at: number;
  readonly ms: number;
  readonly query: string;
  readonly total: number;
  readonly shown: number;
};

export async function timeSearch(
  query: string,
  variant: SearchVariant = 'desk',
): Promise<SearchSample> {
  const at = performance.now();
  const answer =
    variant === 'desk' ? await searchPersons({ db }, query) : await searchStoredPersons(db, query);
  return {
    variant,
    at,
    ms: performance.now() - at,
    query,
    total: answer.total,
    shown: answer.shown.length,
  };
}

export type SearchLoop = { stop(): Promise<SearchSample[]> };

/**
 * Searches the queries in turn, one after another with `gapMs` between (a clerk typing), the
 * desk's and storage's search taking turns, until stopped; resolves with every search that
 * finished.
 */
export function searchEvery(queries: readonly string[], gapMs: number): SearchLoop {
  const samples: SearchSample[] = [];
  const state = { running: true };
  const loop = (async () => {
    for (let i = 0; state.running; i += 1) {
      const query = queries[Math.floor(i / 2) % queries.length] ?? '';
      samples.push(await timeSearch(query, i % 2 === 0 ? 'desk' : 'storage'));
      await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
  })();
  return {
    async stop() {
      state.running = false;
      await loop;
      return samples;
    },
  };
}

/** Stores one page as a pull does (one transaction with the cursor); returns the rows saved. */
export async function storePage(changes: readonly PulledChange[], cursor: number): Promise<number> {
  return (await applyPulled(db, changes, cursor)).saved;
}

export function countPersons(): Promise<number> {
  return db.persons.count();
}
