import type { PulledChange } from '../src/core/protocol/sync';
import type { PersonRecord } from '../src/core/records/person';
import { countPersonMatches, loadPersonFile, searchPersons } from '../src/desk/queries';
import { openDatabase } from '../src/storage/database';
import { asDeskRead } from '../src/storage/deskFirst';
import { countRecordsOf } from '../src/storage/pagedRecords';
import { applyPulled } from '../src/storage/pulled';
import { personScope } from '../src/storage/recordTables';
import { queueOffline as queueStored } from './offlineQueue';
import {
  countPersonMatches as countStoredMatches,
  searchPersons as searchStoredPersons,
} from '../src/storage/personSearch';

// Bench-only code for the page (never part of the shipped app): bench/webData.ts builds this
// file with Vite into the temporary folder the register serves, next to the built app, and
// the benchmarks load it with `import('/bench-probe/probe.js')`. It opens the app's own
// IndexedDB database ("serodesk", same schema) beside the app's connection and runs
//  - the desk's person search (src/desk/queries.ts searchPersons, what the search screen's
//    live query calls, then countPersonMatches when more match than it shows), timed with the
//    page's performance.now() until the rows and until the count;
//  - the same search as the desk ran it until session 19, the rows and the count in one read
//    transaction and one answer, for a before/after of that change in one run;
//  - the desk's opening of the first person found (loadPersonFile, what a click on a hit
//    loads for the card), so a download's effect on the card is measured as the search's is;
//  - the app's own storing of pulled slices (storage/pulled.ts applyPulled, as a first
//    download stores them), to fill the database with 100,000 persons faster than a real
//    pull would;
//  - persons put on the tablet as unsynced desk writes (offlineQueue.ts), for the app's own
//    sync engine to push (webPush.ts).

const db = openDatabase();

export type SearchVariant = 'desk' | 'before';

/** One timed search: when it started (page time), how long it took, what it found. */
export type SearchSample = {
  readonly variant: SearchVariant;
  readonly at: number;
  /** Until the rows to show (and, before, the count with them). */
  readonly ms: number;
  /** Until the number of matches is known: the rows' own time when they tell it. */
  readonly countedMs: number;
  readonly query: string;
  readonly total: number;
  readonly shown: number;
  /** The first person shown, whose card a clerk would open next. */
  readonly firstId?: string;
};

/** One opening of a person's card: when it started (page time) and how long it took. */
export type CardSample = { readonly at: number; readonly ms: number };

/** The desk's search until session 19: the rows and the count in one read, one answer. */
function searchBefore(query: string): Promise<{ total: number; shown: readonly unknown[] }> {
  return asDeskRead(db, () =>
    db.transaction('r', personScope(db), async () => {
      const answer = await searchStoredPersons(db, query);
      return {
        shown: answer.shown,
        total: answer.total ?? (await countStoredMatches(db, query)),
      };
    }),
  );
}

export async function timeSearch(
  query: string,
  variant: SearchVariant = 'desk',
): Promise<SearchSample> {
  const at = performance.now();
  if (variant === 'before') {
    const answer = await searchBefore(query);
    const ms = performance.now() - at;
    return {
      variant,
      at,
      ms,
      countedMs: ms,
      query,
      total: answer.total,
      shown: answer.shown.length,
    };
  }
  const answer = await searchPersons({ db }, query);
  const ms = performance.now() - at;
  // As the search screen asks it: after the rows, only when they do not tell the number.
  const total = answer.total ?? (await countPersonMatches({ db }, query));
  return {
    variant,
    at,
    ms,
    countedMs: performance.now() - at,
    query,
    total,
    shown: answer.shown.length,
    ...(answer.shown[0] === undefined ? {} : { firstId: answer.shown[0].record.id }),
  };
}

export async function timeCard(personId: string): Promise<CardSample> {
  const at = performance.now();
  const file = await loadPersonFile({ db }, personId);
  if (file.person === undefined) throw new Error(`the card of ${personId} found no person`);
  return { at, ms: performance.now() - at };
}

export type SearchLoop = {
  stop(): Promise<{ readonly searches: SearchSample[]; readonly cards: CardSample[] }>;
};

/**
 * Searches the queries in turn, one after another with `gapMs` between (a clerk typing), the
 * desk's search and the one before it taking turns, the desk's followed `gapMs` later by opening the
 * first card it found, until stopped; resolves with every search and card that finished.
 */
export function searchEvery(queries: readonly string[], gapMs: number): SearchLoop {
  const searches: SearchSample[] = [];
  const cards: CardSample[] = [];
  const state = { running: true };
  const loop = (async () => {
    for (let i = 0; state.running; i += 1) {
      const query = queries[Math.floor(i / 2) % queries.length] ?? '';
      const sample = await timeSearch(query, i % 2 === 0 ? 'desk' : 'before');
      searches.push(sample);
      await new Promise((resolve) => setTimeout(resolve, gapMs));
      // Not at once: by the time a clerk clicks a hit, the download has moved on.
      if (sample.variant === 'desk' && sample.firstId !== undefined) {
        cards.push(await timeCard(sample.firstId));
        await new Promise((resolve) => setTimeout(resolve, gapMs));
      }
    }
  })();
  return {
    async stop() {
      state.running = false;
      await loop;
      return { searches, cards };
    },
  };
}

/**
 * Stores one slice as a tablet's first download does (one transaction with the cursor, the
 * persons by the page: storage/pagedRecords.ts); returns the rows saved.
 */
export async function storePage(changes: readonly PulledChange[], cursor: number): Promise<number> {
  return (await applyPulled(db, changes, cursor, { mostlyNew: true })).saved;
}

export function countPersons(): Promise<number> {
  return countRecordsOf(db, 'person');
}

/** The persons as the desk leaves them written offline: envelopes "pending", ops queued. */
export function queueOffline(persons: readonly PersonRecord[]): Promise<void> {
  return queueStored(db, persons, (n) => crypto.getRandomValues(new Uint8Array(n)));
}
