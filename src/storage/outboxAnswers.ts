import type { OpAnswer } from '../core/protocol/sync';
import type { ClinicRecord } from '../core/records/record';
import { clinicRecordSchema, RECORD_KINDS } from '../core/records/record';
import { sameJson } from '../core/records/sameJson';
import type { EnvelopeRow, SeroDeskDatabase, SettledRow } from './database';
import { readEnvelopes } from './envelopeRange';
import { envelopeOf } from './indexKeys';
import { recordsWithLaterOps } from './laterEdits';
import type { BatchEntry, OutboxBatch } from './outbox';
import { recordIdOf } from './outbox';
import { recordScope, tableOf } from './records';
import { noteSettled, syncedAsSent } from './settledSync';

// The register's answers to a batch taken from the outbox (outbox.ts has the whole path of an
// op, from queued to answered), applied to the outbox and the envelopes in one transaction.
//
// Whether a record has further ops queued beyond its batch is read first off the outbox's
// recordId index, over the span of the batch's ids, in one read (laterEdits.ts), never by
// scanning the outbox (issue #14: reading every queued op per batch made a push cost
// O(N²/B)). A record taken as sent without such an op is noted settled without its envelope
// being read. The others' envelopes are read (all of them, where the span holds too many
// other rows to tell): an envelope holds the newest snapshot written (records.ts), so one
// whose record differs from the batch's snapshot has a later op — queued beyond the batch's
// limit, or written by the desk while the batch was out — and stays "pending" when the batch
// is accepted. A later op whose snapshot equals the accepted one holds nothing the register
// lacks (a desk edit stamps `updatedAt`, so in practice it always differs): the record then
// shows "synced" while that op still goes, and is answered, on the next batch.

/**
 * What the envelope keeps when the register kept its own value of some fields: the desk
 * shows `tabletRecord` beside the register's record until a person resolves it.
 */
export type ConflictNote = { readonly fields: readonly string[]; readonly tabletRecord: unknown };

/** What an answer does to an envelope: leave it, write it, or settle it (settledSync.ts). */
type EnvelopeChange = undefined | { readonly write: EnvelopeRow } | { readonly settle: SettledRow };

/**
 * Reads the envelopes of the entries' records in bulk, a kind at a time (one request where
 * their ids lie close: envelopeRange.ts), and writes back; `settledUnread` are noted settled
 * with the rows the reads settle, in one row per kind.
 */
async function updateEnvelopes(
  db: SeroDeskDatabase,
  entries: readonly BatchEntry[],
  settledUnread: readonly SettledRow[],
  change: (row: EnvelopeRow, entry: BatchEntry) => EnvelopeChange,
): Promise<void> {
  const settled: SettledRow[] = [...settledUnread];
  for (const kind of RECORD_KINDS) {
    const ofKind = entries.filter((entry) => entry.op.kind === kind);
    if (ofKind.length === 0) continue;
    const table = tableOf(db, kind);
    const rows = await readEnvelopes(
      table,
      ofKind.map((entry) => recordIdOf(entry.op)),
    );
    const changed: EnvelopeRow[] = [];
    ofKind.forEach((entry, index) => {
      const row = rows[index];
      const next = row === undefined ? undefined : change(row, entry);
      if (next === undefined) return;
      if ('write' in next) changed.push(next.write);
      else settled.push(next.settle);
    });
    await table.bulkPut(changed);
  }
  await noteSettled(db, settled);
}

function parsedRecord(value: unknown, version: number): ClinicRecord | undefined {
  const parsed = clinicRecordSchema.safeParse(value);
  return parsed.success ? { ...parsed.data, version } : undefined;
}

const REFUSED = { reason: 'rejected' } as const;

/** Applies the register's answers to the outbox and the envelopes, in one transaction. */
export async function applyAnswers(
  db: SeroDeskDatabase,
  batch: OutboxBatch,
  answers: readonly OpAnswer[],
): Promise<void> {
  const byOpId = new Map(answers.map((answer) => [answer.opId as string, answer]));
  await db.transaction('rw', [db.outbox, ...recordScope(db)], async () => {
    const toDelete: number[] = [];
    const toReject = new Map<number, { readonly reason: string; readonly detail?: string }>();
    const conflicts: BatchEntry[] = [];
    for (const entry of batch.entries) {
      const answer = byOpId.get(entry.op.opId);
      // An op without an answer stays queued, and its record pending.
      if (answer === undefined) continue;
      if (answer.status === 'rejected') {
        const refusal =
          answer.detail === undefined
            ? { reason: answer.reason }
            : { reason: answer.reason, detail: answer.detail };
        for (const seq of entry.seqs) toReject.set(seq, refusal);
      } else {
        toDelete.push(...entry.seqs);
        if (answer.status === 'conflict') conflicts.push(entry);
      }
    }
    // Read before any op is deleted: which records have edits beyond the batch (laterEdits.ts).
    const later = await recordsWithLaterOps(db, batch.entries);
    // A conflict drops edits queued meanwhile too: they are kept in the conflict note. Read
    // by record, for the few records in conflict only.
    toDelete.push(...(await laterOps(db, conflicts)));
    await deleteOps(db, toDelete);
    if (toReject.size > 0) {
      const rejected = await db.outbox.bulkGet([...toReject.keys()]);
      await db.outbox.bulkPut(
        rejected.flatMap((row) =>
          row?.seq === undefined
            ? []
            : [{ ...row, state: 'rejected' as const, ...(toReject.get(row.seq) ?? REFUSED) }],
        ),
      );
    }
    // Taken as sent, with no edit beyond the batch: the envelope holds what was sent and is
    // "pending", so it is noted settled unread. Every other envelope is read and compared.
    const unread: SettledRow[] = [];
    const read: BatchEntry[] = [];
    for (const entry of batch.entries) {
      const answer = byOpId.get(entry.op.opId);
      const id = recordIdOf(entry.op);
      if (
        later !== undefined &&
        !later.has(id) &&
        answer?.status === 'accepted' &&
        answer.record === undefined
      ) {
        unread.push({ id, kind: entry.op.kind, version: answer.version });
      } else read.push(entry);
    }
    await updateEnvelopes(db, read, unread, (row, entry) => {
      const answer = byOpId.get(entry.op.opId);
      if (answer === undefined) return stillWaiting(row);
      return answeredEnvelope(row, entry, answer, !sameJson(row.record, entry.op.record));
    });
  });
}

/**
 * Deletes the outbox rows of these seqs, each run of consecutive seqs as one key range: a
 * batch's ops are mostly one run, and a range is one request where deleting by key was one
 * per op (issue #14: a batch of 1,000 took 20–29 ms on fake-indexeddb, by the range 10–12).
 * Seqs are integer keys, so a range of consecutive ones holds no other row.
 *
 *   [41, 42, 43, 45, 46]  →  delete 41…43, delete 45…46   (44, refused, stays)
 */
async function deleteOps(db: SeroDeskDatabase, seqs: readonly number[]): Promise<void> {
  const sorted = [...seqs].sort((a, b) => a - b);
  const runs: [first: number, last: number][] = [];
  for (const seq of sorted) {
    const run = runs.at(-1);
    if (run !== undefined && seq === run[1] + 1) run[1] = seq;
    else if (run === undefined || seq !== run[1]) runs.push([seq, seq]);
  }
  for (const [first, last] of runs) {
    await db.outbox.where('seq').between(first, last, true, true).delete();
  }
}

/** Queued ops of the entries' records that the batch did not carry. */
async function laterOps(db: SeroDeskDatabase, entries: readonly BatchEntry[]): Promise<number[]> {
  const later: number[] = [];
  for (const entry of entries) {
    const covered = new Set(entry.seqs);
    const rows = await db.outbox.where('recordId').equals(recordIdOf(entry.op)).toArray();
    for (const row of rows) {
      if (row.state === 'queued' && row.seq !== undefined && !covered.has(row.seq)) {
        later.push(row.seq);
      }
    }
  }
  return later;
}

/** The envelope after the register's answer; `edited` means edits were queued meanwhile. */
function answeredEnvelope(
  row: EnvelopeRow,
  entry: BatchEntry,
  answer: OpAnswer,
  edited: boolean,
): EnvelopeChange {
  switch (answer.status) {
    case 'rejected':
      return {
        write: {
          ...row,
          sync: { state: 'rejected', version: row.sync.version, reason: answer.reason },
        },
      };
    case 'conflict': {
      const server = parsedRecord(answer.record, answer.version);
      if (server === undefined) return undefined;
      const conflict: ConflictNote = { fields: answer.fields, tabletRecord: row.record };
      const sync = {
        state: 'conflict',
        version: answer.version,
        reason: answer.fields.join(','),
      } as const;
      return { write: { ...envelopeOf(server, sync), conflict } };
    }
    case 'accepted': {
      // A later edit is still queued: the envelope keeps it, and its base version.
      if (edited) return stillWaiting(row);
      // Taken as sent: the envelope stays as written and reads "synced" (settledSync.ts) —
      // unless a push of an older release left it "sending", which is written back.
      if (answer.record === undefined) {
        return row.sync.state === 'pending'
          ? { settle: { id: row.id, kind: entry.op.kind, version: answer.version } }
          : { write: syncedAsSent(row, answer.version) };
      }
      const record = parsedRecord(answer.record, answer.version);
      if (record === undefined) return undefined;
      return { write: envelopeOf(record, { state: 'synced', version: answer.version }) };
    }
  }
}

/** A record whose op still waits shows "pending"; unchanged rows are not written again. */
function stillWaiting(row: EnvelopeRow): EnvelopeChange {
  return row.sync.state === 'pending'
    ? undefined
    : { write: { ...row, sync: { state: 'pending', version: row.sync.version } } };
}
