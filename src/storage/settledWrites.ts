import { Dexie } from 'dexie';
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreRangeType,
  DBCoreTable,
  DBCoreTransaction,
} from 'dexie';
import type { SeroDeskDatabase, SettledBatchRow, SettledRow } from './database';
import { RECORD_TABLE_NAMES } from './recordTables';

// How settled records are stored (settledSync.ts reads them): a row per kind of a push's
// batch, its records' ids and versions side by side, and the ids' span indexed, so that the
// rows that may hold an id are found by two index reads (last ≥ id, first ≤ id) — a desk's
// ids are time-ordered and a push takes them oldest first, so spans barely overlap. One put
// per batch, with two index entries: a put per record was, in Chromium, a request each,
// ≈ 0.3 ms of the page's thread and the database's; the ids indexed multi-entry cost the
// database nearly as much as the rows had (issue #14).
//
//   settledBatches  {key: 12, kind: "person", ids: ["0193…a1", "0193…a2"], versions: [1, 1],
//                    first: "0193…a1", last: "0193…a2"}
//
// A settled record speaks for its envelope exactly as the push left it. So every write of an
// envelope — the desk's edit, a pulled version, an answer, a discard, settling itself — takes
// its id out of its row in the same transaction, here, below every caller: no writer can
// forget to, and the counts («Ждут отправки», the erase refusal) that subtract the settled
// records from the envelopes still "pending" stay exact.
//
//   persons.put({id: "0193…a1", sync: {state: "pending", …}, …})
//     →  also settledBatches 12 = {…, ids: ["0193…a2"], versions: [1]}   (deleted when empty)
//
// An add needs nothing (it fails on a record the table holds, so on any settled one). Each
// of the app's transactions that writes a record table includes `settledBatches`: through
// `recordScope` (recordTables.ts), or beside the one table it writes (refusedRecords.ts);
// settledSync.test.ts checks it for the desk's edit and a pulled version. Clearing a record
// table is refused: nothing in the app does it short of deleting the whole database, and the
// rows of the other kinds would have to stay.

const SETTLED = 'settledBatches';

/**
 * The least and the greatest of these ids in IndexedDB's order (by code unit, as `<` compares
 * strings): a row's span, and the span a look-up asks about. Undefined for none.
 */
export function spanOf(ids: Iterable<string>): { first: string; last: string } | undefined {
  let span: { first: string; last: string } | undefined;
  for (const id of ids) {
    if (span === undefined) span = { first: id, last: id };
    else if (id < span.first) span.first = id;
    else if (id > span.last) span.last = id;
  }
  return span;
}

/** A row of these ids and versions, with their span. */
function batchRow(
  kind: string,
  ids: readonly string[],
  versions: readonly number[],
  key?: number,
): SettledBatchRow {
  const { first, last } = spanOf(ids) ?? { first: '', last: '' };
  return { ...(key === undefined ? {} : { key }), kind, ids, versions, first, last };
}

/** The rows that store these settled records: one per kind, in the order given. */
export function settledBatchesOf(rows: readonly SettledRow[]): SettledBatchRow[] {
  const byKind = new Map<string, { ids: string[]; versions: number[] }>();
  for (const row of rows) {
    const batch = byKind.get(row.kind) ?? { ids: [], versions: [] };
    batch.ids.push(row.id);
    batch.versions.push(row.version);
    byKind.set(row.kind, batch);
  }
  return [...byKind].map(([kind, batch]) => batchRow(kind, batch.ids, batch.versions));
}

/** The keys of the rows whose span meets [lower, upper]: both index reads' keys. */
export function meeting(lastFrom: readonly unknown[], firstTo: readonly unknown[]): unknown[] {
  const upTo = new Set(firstTo);
  return [...new Set(lastFrom)].filter((key) => upTo.has(key));
}

/** How many records are settled: every row's ids (rows are few: a push's batches). */
export function countSettled(db: SeroDeskDatabase): Promise<number> {
  return db.settledBatches.toArray().then((rows) => {
    let count = 0;
    for (const row of rows) count += row.ids.length;
    return count;
  });
}

/** The row without `gone`, or undefined if none of its ids is gone. */
export function withoutIds(
  row: SettledBatchRow,
  gone: ReadonlySet<string>,
): SettledBatchRow | undefined {
  if (!row.ids.some((id) => gone.has(id))) return undefined;
  const ids: string[] = [];
  const versions: number[] = [];
  row.ids.forEach((id, at) => {
    const version = row.versions[at];
    if (gone.has(id) || version === undefined) return;
    ids.push(id);
    versions.push(version);
  });
  return batchRow(row.kind, ids, versions, row.key);
}

function writtenKeys(req: DBCoreMutateRequest): unknown[] {
  switch (req.type) {
    case 'add':
      return [];
    case 'put':
      return req.keys ?? req.values.map((value: { id?: unknown }) => value.id);
    case 'delete':
      return req.keys;
    case 'deleteRange':
      throw new Error('a clinic-record table is cleared only with the whole database');
  }
}

/**
 * Whether this transaction can hold `settledBatches`: each of the app's writers includes it
 * (and an upgrade step older than version 7 runs before it exists). A write without it — a
 * single table's put, as a test's fixture makes — is let through: it cannot be the app's.
 */
function holdsSettled(req: DBCoreMutateRequest): boolean {
  // Dexie's IndexedDB core hands the IDBTransaction itself down as `trans`.
  const trans = req.trans as unknown as IDBTransaction;
  return trans.objectStoreNames.contains(SETTLED);
}

/** DBCoreRangeType.Range, written out: a const enum, which isolated modules cannot read. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- Dexie's own value
const RANGE = 2 as DBCoreRangeType;

/**
 * Takes the written ids out of the rows that hold them. The rows whose span meets the ids'
 * are found by two index reads of keys, and only those that hold a written id are rewritten.
 */
function forget(
  settled: DBCoreTable,
  trans: DBCoreTransaction,
  ids: readonly string[],
): Promise<void> {
  const byLast = settled.schema.getIndexByKeyPath('last');
  const byFirst = settled.schema.getIndexByKeyPath('first');
  const span = spanOf(ids);
  if (byLast === undefined || byFirst === undefined || span === undefined) {
    return Dexie.Promise.resolve();
  }
  const { first: lower, last: upper } = span;
  const keysOf = (index: typeof byLast, range: DBCoreKeyRange) =>
    settled.query({ trans, values: false, query: { index, range } }).then((got) => {
      const keys: unknown[] = got.result;
      return keys;
    });
  return keysOf(byLast, { type: RANGE, lower, upper: undefined })
    .then((lastFrom) =>
      lastFrom.length === 0
        ? []
        : keysOf(byFirst, { type: RANGE, lower: undefined, upper }).then((firstTo) =>
            meeting(lastFrom, firstTo),
          ),
    )
    .then((keys): Promise<unknown> => {
      if (keys.length === 0) return Dexie.Promise.resolve();
      return settled.getMany({ trans, keys }).then((rows: (SettledBatchRow | undefined)[]) => {
        const gone = new Set(ids);
        const kept: SettledBatchRow[] = [];
        const emptied: number[] = [];
        for (const row of rows) {
          const rest = row === undefined ? undefined : withoutIds(row, gone);
          if (rest === undefined || rest.key === undefined) continue;
          if (rest.ids.length === 0) emptied.push(rest.key);
          else kept.push(rest);
        }
        return settled
          .mutate({ type: 'put', trans, values: kept })
          .then(() => settled.mutate({ type: 'delete', trans, keys: emptied }));
      });
    })
    .then(() => undefined);
}

function forgetting(down: DBCore, table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    // Dexie's own promises throughout, never a native async function: inside a transaction
    // Dexie must see every step, or IndexedDB commits before the rows are rewritten.
    mutate(req) {
      const ids = writtenKeys(req).filter((key): key is string => typeof key === 'string');
      if (ids.length === 0 || !holdsSettled(req)) return table.mutate(req);
      return table
        .mutate(req)
        .then((result) => forget(down.table(SETTLED), req.trans, ids).then(() => result));
    },
  };
}

export function forgetSettledOnWrite(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'forget-settled-on-write',
    create: (down) => ({
      ...down,
      table: (name) =>
        RECORD_TABLE_NAMES.has(name) ? forgetting(down, down.table(name)) : down.table(name),
    }),
  });
}
