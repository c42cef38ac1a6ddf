import type { EntityTable } from 'dexie';
import type { EnvelopeRow } from './database';

// A batch's envelopes read in one request where their ids lie close together (issue #14).
// Read by key, each envelope is a request of its own: in Chromium's IndexedDB ≈ 50 µs of the
// page's main thread apiece, before the browser's own work (bench/webPush.ts: a push of
// 10,000 read them in 10,000 requests). The desk's ids are time-ordered (UUIDv7, core/ids.ts)
// and the outbox is in the order ops were written, so a batch's records mostly span a run of
// ids holding few others; the rows between its lowest and highest id are read at once, up to
// a quarter more rows than the batch asks for, and the ids that read did not reach are read
// by key as before.
//
//   ids  0193a…01 … 0193a…f4 (1,000)   range holds 1,004 rows  → one getAll
//   ids  0190… (an old record edited) … 0193a…f4   range holds 40,000 → 1,250 rows read, the rest by key

/** How many more rows than asked for the range may read before the rest go by key. */
const SLACK = 0.25;

/**
 * The most rows a read of a span of ids takes for `asked` rows of its own: this file's, and
 * the outbox's in laterEdits.ts, beyond which the rest is read another way.
 */
export function spanReadLimit(asked: number): number {
  return asked + Math.ceil(asked * SLACK);
}

/** The envelopes of `ids`, in their order (undefined where none is stored). */
export async function readEnvelopes(
  table: EntityTable<EnvelopeRow, 'id'>,
  ids: readonly string[],
): Promise<(EnvelopeRow | undefined)[]> {
  if (ids.length < 2) return table.bulkGet([...ids]);
  let low = ids[0] as string;
  let high = low;
  for (const id of ids) {
    if (id < low) low = id;
    if (id > high) high = id;
  }
  const limit = spanReadLimit(ids.length);
  const inRange = await table.where('id').between(low, high, true, true).limit(limit).toArray();
  const found = new Map(inRange.map((row) => [row.id, row]));
  // The limit reached: the rows past it are read by key (the ids the range did not bring).
  if (inRange.length === limit) {
    const missing = ids.filter((id) => !found.has(id));
    const rows = await table.bulkGet(missing);
    rows.forEach((row) => {
      if (row !== undefined) found.set(row.id, row);
    });
  }
  return ids.map((id) => found.get(id));
}
