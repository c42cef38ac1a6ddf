import type { RecordKind } from '../core/records/recordKinds';
import type { StorableRecord } from './indexKeys';
import { indexKeys } from './indexKeys';
import type { KeyedId } from './sortedEntries';
import { ascending, SortedEntries } from './sortedEntries';

// The index of the app's own over records stored by the page (docs/DECISIONS.md, "Records by
// the page": step 1 of its build order). A download stores the records the tablet does not
// hold as pages, one row per slice, with a row of their index keys beside each (PageKeys); the
// desk searches those keys in memory instead of in one IndexedDB index entry per key per
// record, which is what kept a first download of 50,000 persons at twice its 5 s target.
// Step 2 reads persons through it (storage/pagedRecords.ts).
//
// It answers as the tables' indexes do, so the readers can take a table's answer and a
// page's and join them: equal keys in id order, a name prefix in (key, id) order, an array
// value as one entry per element (the contracts' `*receiptKeys`), a missing key as no entry.
// A page's key row, one column per index name, each parallel to `ids`:
//
//   { ids: ['0193…a1', '0193…a2'], kinds: ['person', 'application'], versions: [1, 4],
//     keys: { searchName: ['иванова мария петровна', null], birthDate: ['1985-03-12', null],
//             personId: [null, '0193…a1'], … } }
//
// Columns, not an object per record: the structured clone of a few arrays of strings is what
// the floor measured (bench/webPullFloor.ts, `page-keys`).

export type KeyValue = string | readonly string[] | null;

export type PageKeys = {
  readonly ids: readonly string[];
  readonly kinds: readonly RecordKind[];
  readonly versions: readonly number[];
  readonly keys: Readonly<Record<string, readonly KeyValue[]>>;
};

/** Where a record stored by the page is, and which of its versions the page holds. */
export type PageEntry = {
  readonly page: number;
  /** The record's position in its page's `records` and key row. */
  readonly at: number;
  readonly kind: RecordKind;
  readonly version: number;
};

/** The key row of a page: the records' index keys as storage/indexKeys.ts derives them. */
export function pageKeysOf(records: readonly StorableRecord[]): PageKeys {
  const keys: Record<string, KeyValue[]> = {};
  records.forEach((record, at) => {
    const recordKeys = indexKeys(record);
    // `in`, not Object.entries: no array of pairs per record (issue #14).
    for (const name in recordKeys) {
      const value = recordKeys[name];
      if (value === undefined) continue;
      const column = (keys[name] ??= []);
      while (column.length < at) column.push(null);
      column.push(value);
    }
  });
  for (const column of Object.values(keys)) {
    while (column.length < records.length) column.push(null);
  }
  return {
    ids: records.map((record) => record.id),
    kinds: records.map((record) => record.kind),
    versions: records.map((record) => record.version),
    keys,
  };
}

const NO_LIMIT = Number.POSITIVE_INFINITY;

/** A record's place: its page's key row and its position there, from which all else is read. */
type Placed = { readonly page: number; readonly keys: PageKeys; readonly at: number };

/** Each index key of the record at `at` (one per distinct element of an array value). */
function* keysAt(keys: PageKeys, at: number, kind: RecordKind) {
  for (const [name, column] of Object.entries(keys.keys)) {
    const value = column[at];
    if (value === null || value === undefined) continue;
    // An index entry per distinct element, as IndexedDB's multiEntry keeps them.
    for (const key of typeof value === 'string' ? [value] : new Set(value)) {
      yield { index: `${kind}.${name}`, key };
    }
  }
}

/**
 * One index's sorted pairs as stored, so that a start reads them ready instead of sorting
 * every key again (taking in 100,000 persons' key rows sorts for 0.8–1.3 s on this machine's
 * V8, several seconds on a cheap tablet). `through` is the last page whose keys they hold:
 * pages stored later are taken in on top, as every page is. A row per index:
 *
 *   { index: 'person.searchName', through: 49875,
 *     entries: ['иванова мария петровна\u00000193…a1', 'иванова мария петровна\u00000193…c7', …] }
 *
 * The pairs, not only their order: for 100,000 persons they are 33 MB as stored (their
 * order alone, 4 bytes a pair, would be 1.9 MB), and are taken back, their order checked,
 * in 38–57 ms after a structured clone's 160–200 ms on this machine; rebuilding the pairs
 * from the key rows in a stored order and checking it took 0.7 s, most of what taking them
 * in and sorting takes.
 */
export type StoredIndex = {
  readonly index: string;
  readonly through: number;
  readonly entries: readonly string[];
};

/** A page's key row with the page it describes (pages are numbered in the order stored). */
export type KeyRow = { readonly page: number; readonly keys: PageKeys };

export class PageIndex {
  readonly #placed = new Map<string, Placed>();
  readonly #indexes = new Map<string, SortedEntries>();
  /** The last page taken in: what stored() holds the keys of. */
  #through = -Infinity;
  /** The `through` of the stored pairs restore() took; -Infinity when it took none. */
  #restoredThrough = -Infinity;

  /**
   * The index of every page in `rows`, read from `stored` where they hold it: the pages up to
   * their `through` are only placed (id → page), their keys are not sorted again; pages after
   * it are taken in with add(). Stored rows that disagree on `through`, or whose entries are
   * out of order, are left unused and everything is taken in: a start is then slower. What
   * the rows hold is trusted otherwise (checking it would cost the sort it saves), so they
   * are written with the pages they describe, and whatever rewrites pages already stored
   * (compaction) must store the index again.
   */
  static restore(rows: readonly KeyRow[], stored: readonly StoredIndex[]): PageIndex {
    const index = new PageIndex();
    const throughs = [...new Set(stored.map((row) => row.through))];
    const usable = throughs.length === 1 && stored.every((row) => ascending(row.entries));
    const through = usable ? (throughs[0] ?? -Infinity) : -Infinity;
    index.#restoredThrough = through;
    if (through > -Infinity) {
      // A copy of an array in order costs what a copy costs; sorting it is what is saved.
      for (const row of stored) index.#indexes.set(row.index, new SortedEntries([...row.entries]));
    }
    const ordered = [...rows].sort((a, b) => a.page - b.page);
    for (const { page, keys } of ordered) {
      if (page > through) {
        index.add(page, keys);
        continue;
      }
      // The later of two pages holding one id is the newer copy, as in add().
      keys.ids.forEach((id, at) => index.#placed.set(id, { page, keys, at }));
      index.#through = Math.max(index.#through, page);
    }
    return index;
  }

  /** Every index's sorted pairs, to store beside the pages taken in so far (see restore). */
  stored(): StoredIndex[] {
    const through = this.#through;
    return [...this.#indexes].map(([index, sorted]) => ({ index, through, entries: sorted.all() }));
  }

  /** The last page taken in; -Infinity while none is. */
  get through(): number {
    return this.#through;
  }

  /** The last page whose keys came sorted from stored pairs (restore); -Infinity if none. */
  get restoredThrough(): number {
    return this.#restoredThrough;
  }

  /** How many records the pages hold. */
  get size(): number {
    return this.#placed.size;
  }

  /**
   * Takes in a stored page's key row. A record already indexed from another page is indexed
   * from this one instead (its keys there are dropped): the later page is the newer copy.
   */
  add(page: number, keys: PageKeys): void {
    this.#through = Math.max(this.#through, page);
    // The page's columns, and each column's sorted pairs per kind, are found once a page, not
    // once a key: a download's 50,000 persons spent as long on finding them (a name built for
    // every key, an object and an array for every key) as on adding the pairs (issue #14).
    const columns = Object.entries(keys.keys);
    const targets = new Map<RecordKind, (SortedEntries | undefined)[]>();
    keys.ids.forEach((id, at) => {
      const kind = keys.kinds[at];
      if (kind === undefined) return;
      this.#drop(id);
      const ofKind = targets.get(kind) ?? [];
      targets.set(kind, ofKind);
      columns.forEach(([name, column], c) => {
        const value = column[at];
        if (value === null || value === undefined) return;
        const entries = (ofKind[c] ??= this.#sorted(`${kind}.${name}`));
        if (typeof value === 'string') entries.add(value, id);
        // An entry per distinct element, as IndexedDB's multiEntry keeps them.
        else for (const key of new Set(value)) entries.add(key, id);
      });
      this.#placed.set(id, { page, keys, at });
    });
  }

  /** The page that holds a record, if a page does. */
  locate(id: string): PageEntry | undefined {
    const placed = this.#placed.get(id);
    const kind = placed?.keys.kinds[placed.at];
    const version = placed?.keys.versions[placed.at];
    return placed === undefined || kind === undefined || version === undefined
      ? undefined
      : { page: placed.page, at: placed.at, kind, version };
  }

  /** The ids of every record of a kind the pages hold, in id order. */
  ids(kind: RecordKind): string[] {
    const ids: string[] = [];
    for (const [id, placed] of this.#placed)
      if (placed.keys.kinds[placed.at] === kind) ids.push(id);
    return ids.sort();
  }

  /** The ids of the records of a kind whose `index` key equals `value`, in id order. */
  equal(kind: RecordKind, index: string, value: string): string[] {
    return this.#indexes.get(`${kind}.${index}`)?.range(value, `${value}\u0000`, NO_LIMIT) ?? [];
  }

  /** The ids whose `index` key starts with `prefix`, in (key, id) order: the first `limit`. */
  withPrefix(kind: RecordKind, index: string, prefix: string, limit = NO_LIMIT): string[] {
    return this.#indexes.get(`${kind}.${index}`)?.range(prefix, prefix, limit) ?? [];
  }

  /** The (key, id) pairs whose `index` key starts with `prefix`, in (key, id) order. */
  pairsWithPrefix(kind: RecordKind, index: string, prefix: string, limit = NO_LIMIT): KeyedId[] {
    return this.#indexes.get(`${kind}.${index}`)?.pairs(prefix, prefix, limit) ?? [];
  }

  /** How many records' `index` key starts with `prefix`. */
  countWithPrefix(kind: RecordKind, index: string, prefix: string): number {
    return this.#indexes.get(`${kind}.${index}`)?.count(prefix) ?? 0;
  }

  #sorted(index: string): SortedEntries {
    let sorted = this.#indexes.get(index);
    if (sorted === undefined) {
      sorted = new SortedEntries();
      this.#indexes.set(index, sorted);
    }
    return sorted;
  }

  #drop(id: string): void {
    const placed = this.#placed.get(id);
    const kind = placed?.keys.kinds[placed.at];
    if (placed === undefined || kind === undefined) return;
    for (const { index, key } of keysAt(placed.keys, placed.at, kind)) {
      this.#indexes.get(index)?.remove(key, id);
    }
    this.#placed.delete(id);
  }
}
