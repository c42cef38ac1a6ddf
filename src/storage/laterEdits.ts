import type { SeroDeskDatabase } from './database';
import { spanReadLimit } from './envelopeRange';
import type { BatchEntry } from './outbox';
import { recordIdOf } from './outbox';
import { spanOf } from './settledWrites';

// Which records of an answered batch have ops in the outbox beyond the batch (issue #14): an
// edit queued past the batch's limit, or written by the desk while the batch was out. Only
// those records' envelopes need reading when the register takes the batch as sent; the
// others hold exactly what was sent (a record is "pending" exactly while it has an op queued,
// and its envelope holds its newest op's snapshot: outbox.ts, records.ts), so they are noted
// settled without reading them (outboxAnswers.ts). Reading a batch's 1,000 envelopes back
// was a third of the tablet's storage work per answered batch on fake-indexeddb, and half of
// IndexedDB's reads in Chromium (bench/webPush.ts).
//
// One read of the outbox's recordId index: the seqs of the rows whose record id lies within
// the batch's span. The desk's ids are time-ordered (UUIDv7) and so is the outbox, so the
// span mostly holds the batch's own rows; the few others are read to learn their records:
//
//   batch  person a (seq 41), person b (seqs 42, 44), person c (seq 45)
//   span   a…c in the index → seqs 41 42 44 45 46 → 46 is not the batch's: its row is read
//          → record b  (an edit written while the batch was out) → b's envelope is read
//
// A span holding many more rows than the batch (an old record edited, its id far back) is
// not walked: the answer is "unknown", and every envelope is read as before (the bound is
// envelopeRange.ts's spanReadLimit, for the same reason).

/**
 * The ids of the entries' records that have outbox rows the entries do not carry, or
 * undefined when the span of their ids holds too many other rows to tell from one read.
 * Call inside the transaction that applies the answers, before their ops are deleted.
 */
export async function recordsWithLaterOps(
  db: SeroDeskDatabase,
  entries: readonly BatchEntry[],
): Promise<ReadonlySet<string> | undefined> {
  const ids = new Set(entries.map((entry) => recordIdOf(entry.op)));
  const own = new Set(entries.flatMap((entry) => entry.seqs));
  const span = spanOf(ids);
  if (span === undefined) return new Set();
  // One row more than the span may hold: reading it means the span holds too many.
  const limit = spanReadLimit(own.size) + 1;
  const inSpan = await db.outbox
    .where('recordId')
    .between(span.first, span.last, true, true)
    .limit(limit)
    .primaryKeys();
  if (inSpan.length === limit) return undefined;
  const others = inSpan.filter((seq): seq is number => seq !== undefined && !own.has(seq));
  if (others.length === 0) return new Set();
  const later = new Set<string>();
  for (const row of await db.outbox.bulkGet(others)) {
    if (row !== undefined && ids.has(row.recordId)) later.add(row.recordId);
  }
  return later;
}
