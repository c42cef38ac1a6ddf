import Dexie from 'dexie';
import type { PromiseExtended } from 'dexie';
import type { ClinicRecord } from '../core/records/record';
import type { RecordKind } from '../core/records/recordKinds';
import type { EnvelopeRow, PulledPageRow, SeroDeskDatabase } from './database';
import { PageIndex, pageKeysOf } from './pageIndex';
import { tableOf } from './recordTables';
import type { KeyedId } from './sortedEntries';

// Records a first download stored by the page (docs/DECISIONS.md, "Records by the page",
// step 2; issue #14). A tablet pulling the clinic from cursor 0 stores the persons it does
// not hold as a few rows per slice (parts of PAGE_PART), and their index keys as one row
// beside them, instead of a row per person with six index entries (what kept the download
// of 50,000 persons in Chromium at three times its 5 s target):
//
//   pulledPages {page: 4812, part: 0, records: [{kind: "person", id: "0193…a1", version: 3, …}, …]}
//   pulledKeys  {page: 4812, keys: {ids: ["0193…a1", …], kinds: ["person", …],
//                versions: [3, …], keys: {searchName: ["иванова мария петровна", …], …}}}
//   pulledIndex {index: "person.searchName", through: 4812, entries: [...]}   (at idle)
//
// The record at position `at` of a key row is record `at % PAGE_PART` of part
// `⌊at / PAGE_PART⌋`.
//
// `page` is the seq of the slice's first row: a slice is stored once, with the cursor past it
// (pulled.ts), so no two slices share one, and a later page holds the newer copy of a record
// pulled twice. The rules every reader here keeps:
//
// - A kind's table wins: a record the table holds is read from the table, and a page's copy
//   of it is shadowed (left out of every answer). The first write of a paged record, an
//   edit at the desk or a newer version pulled later, goes to the table (records.ts,
//   pulled.ts), so nothing ever rewrites a page.
// - A paged record is synced, at the version its page holds: pages hold only what the
//   register sent. The sync counts, the problems and the export file, which look only at
//   records that are not synced, read tables alone.
// - Keys are searched in memory (pageIndex.ts), in an index built per database connection
//   from the key rows (and the sorted pairs stored at idle), brought up to date with the rows
//   stored since at every read — by this tab's download or another tab's — so a search
//   inside a live query is asked again when a slice is stored.
//
// Persons only, for now: they are most of what a clinic holds and all of what the desk
// searches among. The other kinds go to their tables as before.
//
// Every function is a Dexie promise chain, not an `async` function: they run inside the
// desk's transactions, where native promises in between let IndexedDB commit early
// (ruleStore.ts, settledSync.ts).

const PAGED_KINDS: ReadonlySet<RecordKind> = new Set<RecordKind>(['person']);

/** Whether a first download stores records of this kind by the page. */
export function isPaged(kind: RecordKind): boolean {
  return PAGED_KINDS.has(kind);
}

const INDEXES = new WeakMap<SeroDeskDatabase, PageIndex>();

/**
 * Records a page row holds: a slice of 125 is stored in five parts. A person is read with the
 * whole row that holds them (IndexedDB reads a value whole), so the row's size is what a
 * search showing 30 persons from 30 rows pays: with the slice as one row, 3,750 persons were
 * read to show 30 (a prefix search over 100,000 persons in Chromium, median 18.6 ms against
 * 2.4 ms from rows); a part of 25 costs a download one more row per 25 persons.
 */
export const PAGE_PART = 25;

/**
 * Parts read lately, per connection: the next keystroke of the same search shows mostly the
 * same persons. Safe to keep because a page is never rewritten.
 */
const RECENT_PARTS = new WeakMap<SeroDeskDatabase, Map<string, PulledPageRow>>();

/** Parts kept per connection: a search's 30 persons, from as many parts, and some more. */
const RECENT_PART_LIMIT = 64;

function recentParts(db: SeroDeskDatabase): Map<string, PulledPageRow> {
  let recent = RECENT_PARTS.get(db);
  if (recent === undefined) {
    recent = new Map();
    RECENT_PARTS.set(db, recent);
  }
  return recent;
}

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

/** The page up to which the stored sorted pairs are known to hold, per connection. */
const STORED_THROUGH = new WeakMap<SeroDeskDatabase, number>();

/**
 * The index of this database's pages, with every key row stored so far taken in. Inside a
 * transaction over the paged tables (recordTables.ts `recordScope`). Built at a connection's
 * first read from the key rows and the sorted pairs stored at idle (storePageIndex), which
 * spares sorting every key again; then one request per read when nothing was stored since:
 * the page numbers from the last one taken in. That page must still be there, or the
 * database was erased under this connection and the index is built again.
 */
function pageIndexOf(db: SeroDeskDatabase): PromiseExtended<PageIndex> {
  const known = INDEXES.get(db);
  if (known === undefined) return restoredIndex(db);
  const through = known.through;
  return db.pulledKeys
    .where('page')
    .aboveOrEqual(through)
    .primaryKeys()
    .then((pages) => {
      if (through > -Infinity && pages[0] !== through) {
        recentParts(db).clear();
        return restoredIndex(db);
      }
      return db.pulledKeys.bulkGet(pages.filter((page) => page > through)).then((rows) => {
        // Another read may have taken some in meanwhile: each page once, in order.
        for (const row of rows) {
          if (row !== undefined && row.page > known.through) known.add(row.page, row.keys);
        }
        return known;
      });
    });
}

/**
 * Takes the key rows stored since into the page index, in a read of its own: called by a
 * download after each page of 1,000 (sync/syncRun.ts), about 2 ms, so that the first search
 * during a download takes in one page's keys, not every key stored so far (a search at
 * 20,000 persons into a download waited ≈ 250 ms for the sort in Chromium).
 */
export function keepPageIndexCurrent(db: SeroDeskDatabase): PromiseExtended<void> {
  return db.transaction('r', [db.pulledKeys, db.pulledIndex], () =>
    pageIndexOf(db).then(() => undefined),
  );
}

function restoredIndex(db: SeroDeskDatabase): PromiseExtended<PageIndex> {
  return db.pulledKeys.toArray().then((rows) =>
    db.pulledIndex.toArray().then((stored) => {
      const index = PageIndex.restore(rows, stored);
      INDEXES.set(db, index);
      STORED_THROUGH.set(db, index.restoredThrough);
      return index;
    }),
  );
}

/**
 * Writes each index's sorted pairs as of the last page stored, when pages were stored since
 * they were last written: at idle after a download (sync/engine.ts), so that the next start
 * reads them ready (for 50,000 persons ≈ 25 MB, written in ≈ 0.13 s in Chromium) instead of
 * sorting every key row again (0.5–0.7 s there, seconds on a cheap tablet). Returns whether
 * it wrote.
 */
export function storePageIndex(db: SeroDeskDatabase): PromiseExtended<boolean> {
  return db.transaction('rw', [db.pulledKeys, db.pulledIndex, db.pulledPages], () =>
    pageIndexOf(db).then((index) => {
      const written = STORED_THROUGH.get(db) ?? -Infinity;
      if (index.through <= written) return false;
      return db.pulledIndex
        .clear()
        .then(() => db.pulledIndex.bulkPut(index.stored()))
        .then(() => {
          STORED_THROUGH.set(db, index.through);
          return true;
        });
    }),
  );
}

/**
 * Stores records of a paged kind, none of which the kind's table holds, as one page and its
 * key row. Inside the pull's transaction, beside its cursor.
 */
export function storePage(
  db: SeroDeskDatabase,
  page: number,
  records: readonly ClinicRecord[],
): PromiseExtended<unknown> {
  const parts: PulledPageRow[] = [];
  for (let at = 0; at < records.length; at += PAGE_PART) {
    parts.push({ page, part: at / PAGE_PART, records: records.slice(at, at + PAGE_PART) });
  }
  return db.pulledPages
    .bulkPut(parts)
    .then(() => db.pulledKeys.put({ page, keys: pageKeysOf(records) }));
}

/** The ids among `ids` that the kind's table holds: their pages' copies are shadowed. */
export function heldByTable(
  db: SeroDeskDatabase,
  kind: RecordKind,
  ids: readonly string[],
): PromiseExtended<Set<string>> {
  return tableOf(db, kind)
    .where(':id')
    .anyOf([...ids])
    .primaryKeys()
    .then((held) => new Set(held));
}

function unheld(
  db: SeroDeskDatabase,
  kind: RecordKind,
  ids: readonly string[],
): PromiseExtended<string[]> {
  return heldByTable(db, kind, ids).then((held) => ids.filter((id) => !held.has(id)));
}

/** Paged records as envelopes, synced at their page's version, in the order of `ids`. */
function pagedRows(
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

/** A record a page holds, for an id its kind's table does not hold; undefined otherwise. */
export function pagedRecord(
  db: SeroDeskDatabase,
  kind: RecordKind,
  id: string,
): PromiseExtended<EnvelopeRow | undefined> {
  if (!isPaged(kind)) return Dexie.Promise.resolve(undefined);
  return pageIndexOf(db)
    .then((index) => pagedRows(db, index, [id]))
    .then(([row]) => row);
}

/**
 * The rows of these ids in order, each from its kind's table or, where the table does not
 * hold it, from its page; ids neither holds are left out.
 */
export function rowsOf(
  db: SeroDeskDatabase,
  kind: RecordKind,
  ids: readonly string[],
): PromiseExtended<EnvelopeRow[]> {
  return tableOf(db, kind)
    .bulkGet([...ids])
    .then((rows) => {
      const missing = ids.filter((_, at) => rows[at] === undefined);
      if (missing.length === 0 || !isPaged(kind)) return rows.filter((row) => row !== undefined);
      return pageIndexOf(db)
        .then((index) => pagedRows(db, index, missing))
        .then((paged) => {
          const byId = new Map(paged.map((row) => [row.id, row]));
          return ids.flatMap((id, at) => {
            const row = rows[at] ?? byId.get(id);
            return row === undefined ? [] : [row];
          });
        });
    });
}

/** Paged records, not shadowed, whose `key` index equals `value`, in id order. */
export function pagedWhere(
  db: SeroDeskDatabase,
  kind: RecordKind,
  key: string,
  value: string,
): PromiseExtended<EnvelopeRow[]> {
  if (!isPaged(kind)) return Dexie.Promise.resolve([]);
  return pageIndexOf(db).then((index) =>
    unheld(db, kind, index.equal(kind, key, value)).then((ids) => pagedRows(db, index, ids)),
  );
}

/**
 * The (key, id) pairs of paged records, not shadowed, whose `key` index starts with
 * `prefix`, in (key, id) order: the first `limit`, all of them by default.
 */
export function pagedPairsWithPrefix(
  db: SeroDeskDatabase,
  kind: RecordKind,
  key: string,
  prefix: string,
  limit = Number.POSITIVE_INFINITY,
): PromiseExtended<KeyedId[]> {
  if (!isPaged(kind)) return Dexie.Promise.resolve([]);
  return pageIndexOf(db).then((index) => pairsNotHeld(db, index, kind, key, prefix, limit, limit));
}

/** Reads ahead by `take` pairs until `limit` are not shadowed or the prefix runs out. */
function pairsNotHeld(
  db: SeroDeskDatabase,
  index: PageIndex,
  kind: RecordKind,
  key: string,
  prefix: string,
  limit: number,
  take: number,
): PromiseExtended<KeyedId[]> {
  const pairs = index.pairsWithPrefix(kind, key, prefix, take);
  return heldByTable(
    db,
    kind,
    pairs.map((pair) => pair.id),
  ).then((held) => {
    const kept = pairs.filter((pair) => !held.has(pair.id));
    if (kept.length >= limit || pairs.length < take) return kept.slice(0, limit);
    return pairsNotHeld(db, index, kind, key, prefix, limit, take * 2);
  });
}

/** Paged records, not shadowed, whose `key` index starts with `prefix`: the first `limit`. */
export function pagedWithPrefix(
  db: SeroDeskDatabase,
  kind: RecordKind,
  key: string,
  prefix: string,
  limit: number,
): PromiseExtended<{ readonly key: string; readonly row: EnvelopeRow }[]> {
  if (!isPaged(kind)) return Dexie.Promise.resolve([]);
  return pageIndexOf(db).then((index) =>
    pairsNotHeld(db, index, kind, key, prefix, limit, limit).then((pairs) =>
      pagedRows(
        db,
        index,
        pairs.map((pair) => pair.id),
      ).then((rows) => {
        const keyOf = new Map(pairs.map((pair) => [pair.id, pair.key]));
        return rows.map((row) => ({ key: keyOf.get(row.id) ?? '', row }));
      }),
    ),
  );
}

/** Every paged record of a kind that no table row shadows, in id order. */
export function allPagedRows(
  db: SeroDeskDatabase,
  kind: RecordKind,
): PromiseExtended<EnvelopeRow[]> {
  if (!isPaged(kind)) return Dexie.Promise.resolve([]);
  return pageIndexOf(db).then((index) =>
    unheld(db, kind, index.ids(kind)).then((ids) => pagedRows(db, index, ids)),
  );
}

/** How many records of a kind the tablet holds: its table's rows and those on pages. */
export function countRecordsOf(db: SeroDeskDatabase, kind: RecordKind): PromiseExtended<number> {
  const table = tableOf(db, kind);
  if (!isPaged(kind)) return table.count();
  return table
    .count()
    .then((stored) =>
      pageIndexOf(db).then((index) =>
        unheld(db, kind, index.ids(kind)).then((ids) => stored + ids.length),
      ),
    );
}
