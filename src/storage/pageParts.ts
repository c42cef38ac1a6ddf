import type { PromiseExtended } from 'dexie';
import type { StorableRecord } from './indexKeys';
import type { EnvelopeRow, PulledPageRow, SeroDeskDatabase } from './database';
import type { PageIndex, PageKeys } from './pageIndex';
import { pageKeysOf } from './pageIndex';

// The rows a first download stores persons in (pagedRecords.ts says the rules): parts of
// PAGE_PART records and the slice's key row, written; parts read, with those read lately kept.
//
//   pulledPages {page: 4812, part: 1, records: [… the slice's records 25 to 49 …]}

/**
 * Records a page row holds: a slice of 125 is stored in five parts. A person is read with the
 * whole row that holds them (IndexedDB reads a value whole), so the row's size is what a
 * search showing 30 persons from 30 rows pays: with the slice as one row, 3,750 persons were
 * read to show 30 (a prefix search over 100,000 persons in Chromium, median 18.6 ms against
 * 2.4 ms from rows); a part of 25 costs a download one more row per 25 persons.
 */
export const PAGE_PART = 25;

/** A map of each database connection's own, made at its first use. */
function perConnection<K, V>(): (db: SeroDeskDatabase) => Map<K, V> {
  const maps = new WeakMap<SeroDeskDatabase, Map<K, V>>();
  return (db) => {
    const known = maps.get(db);
    if (known !== undefined) return known;
    const made = new Map<K, V>();
    maps.set(db, made);
    return made;
  };
}

/**
 * Parts read lately, per connection: the next keystroke of the same search shows mostly the
 * same persons. Safe to keep because a page is never rewritten.
 */
const recentParts = perConnection<string, PulledPageRow>();

/** Parts kept per connection: a search's 30 persons, from as many parts, and some more. */
const RECENT_PART_LIMIT = 64;

type PartKey = [page: number, part: number];

const partName = ([page, part]: PartKey) => `${String(page)}:${String(part)}`;

/** The parts, from those read lately where it can, the rest in one request; by partName. */
function readParts(
  db: SeroDeskDatabase,
  keys: readonly PartKey[],
): PromiseExtended<Map<string, PulledPageRow>> {
  const recent = recentParts(db);
  const found = new Map<string, PulledPageRow>();
  const missing: PartKey[] = [];
  for (const key of keys) {
    const name = partName(key);
    const row = recent.get(name);
    if (row === undefined) {
      missing.push(key);
      continue;
    }
    // Most recently used last: the first in the map is the one to let go.
    recent.delete(name);
    recent.set(name, row);
    found.set(name, row);
  }
  return db.pulledPages.bulkGet(missing).then((rows) => {
    for (const row of rows) {
      if (row === undefined) continue;
      const name = partName([row.page, row.part]);
      found.set(name, row);
      recent.set(name, row);
    }
    for (const name of recent.keys()) {
      if (recent.size <= RECENT_PART_LIMIT) break;
      recent.delete(name);
    }
    return found;
  });
}

/**
 * Key rows this connection stored and its page index has not taken in yet, by page: the index
 * takes them from here instead of reading back what was just written (a download of 50,000
 * persons read its 400 key rows back, each a structured clone, ≈ 50 ms in Node; issue #14).
 * The index takes one only for a page the database holds (pageIndexStore.ts), so a row of a
 * transaction that failed is never used; and a page is never rewritten.
 */
const storedKeys = perConnection<number, PageKeys>();

/** The key row this connection stored for `page`, if the page index has not taken it yet. */
export function takeStoredKeys(db: SeroDeskDatabase, page: number): PageKeys | undefined {
  const stored = storedKeys(db);
  const keys = stored.get(page);
  stored.delete(page);
  return keys;
}

/**
 * Forgets the key rows stored and not taken: the page index is being built from every row the
 * database holds (a start, or the database erased under this connection).
 */
export function forgetStoredKeys(db: SeroDeskDatabase): void {
  storedKeys(db).clear();
}

/** Forgets the parts read lately: the database was erased under this connection. */
export function forgetRecentParts(db: SeroDeskDatabase): void {
  recentParts(db).clear();
}

/**
 * Stores records of a paged kind, none of which the kind's table holds, as one page and its
 * key row. Inside the pull's transaction, beside its cursor.
 */
export function storePage(
  db: SeroDeskDatabase,
  page: number,
  records: readonly StorableRecord[],
): PromiseExtended<unknown> {
  const parts: PulledPageRow[] = [];
  for (let at = 0; at < records.length; at += PAGE_PART) {
    parts.push({ page, part: at / PAGE_PART, records: records.slice(at, at + PAGE_PART) });
  }
  const keys = pageKeysOf(records);
  return db.pulledPages
    .bulkPut(parts)
    .then(() => db.pulledKeys.put({ page, keys }))
    .then(() => storedKeys(db).set(page, keys));
}

/** Paged records as envelopes, synced at their page's version, in the order of `ids`. */
export function pagedRows(
  db: SeroDeskDatabase,
  index: PageIndex,
  ids: readonly string[],
): PromiseExtended<EnvelopeRow[]> {
  const placed = ids.flatMap((id) => {
    const entry = index.locate(id);
    if (entry === undefined) return [];
    const key: PartKey = [entry.page, Math.floor(entry.at / PAGE_PART)];
    return [{ id, entry, key }];
  });
  const keys = new Map(placed.map(({ key }) => [partName(key), key]));
  return readParts(db, [...keys.values()]).then((parts) =>
    placed.flatMap(({ id, entry, key }) => {
      const record = parts.get(partName(key))?.records[entry.at % PAGE_PART];
      if (record === undefined) return [];
      const row: EnvelopeRow = { id, record, sync: { state: 'synced', version: entry.version } };
      return [row];
    }),
  );
}
