import Dexie from 'dexie';
import type { PromiseExtended } from 'dexie';
import type { RecordKind } from '../core/records/recordKinds';
import type { EnvelopeRow, SeroDeskDatabase } from './database';
import type { PageIndex } from './pageIndex';
import { pageIndexOf } from './pageIndexStore';
import { pagedRows } from './pageParts';
import { tableOf } from './recordTables';
import type { KeyedId } from './sortedEntries';

// Records a first download stored by the page (docs/DECISIONS.md, "Records by the page",
// step 2; issue #14). A tablet pulling the clinic from cursor 0 stores the persons it does
// not hold as a few rows per slice (parts of PAGE_PART, pageParts.ts), and their index
// keys as one row beside them, instead of a row per person with six index entries (what
// kept the download of 50,000 persons in Chromium at three times its 5 s target):
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

/**
 * The row of one id, as the desk reads it: its kind's table's or, where the table does not
 * hold it, its page's; undefined when neither holds it. (A table row may still read as
 * synced through a settled row: settledSync.ts settledRows.)
 */
export function rowOf(
  db: SeroDeskDatabase,
  kind: RecordKind,
  id: string,
): PromiseExtended<EnvelopeRow | undefined> {
  return tableOf(db, kind)
    .get(id)
    .then((row) => {
      if (row !== undefined || !isPaged(kind)) return row;
      return pageIndexOf(db)
        .then((index) => pagedRows(db, index, [id]))
        .then(([paged]) => paged);
    });
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
