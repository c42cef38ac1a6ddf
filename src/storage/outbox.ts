import type { OpAnswer, PushOp } from '../core/protocol/sync';
import type { ClinicRecord } from '../core/records/record';
import { clinicRecordSchema, isRecordKind, RECORD_KINDS } from '../core/records/record';
import type { EnvelopeRow, OutboxRow, SeroDeskDatabase, SettledRow } from './database';
import { envelopeOf } from './indexKeys';
import { sameJson } from '../core/records/sameJson';
import { recordScope, recordTables, tableOf } from './records';
import { noteSettled, syncedAsSent } from './settledSync';

// The sync side of the outbox (the desk adds entries in records.ts). Every step that settles
// an op also sets its record's sync state — on the envelope, or in a settled row beside it —
// in the same Dexie transaction, so the desk never shows "synced" for a record whose op is
// still waiting:
//
//   queued op  ── takeBatch ──▶ (read only: the envelope stays "pending" while the batch is out)
//              ── answers ────▶ accepted as sent: op deleted, a settled row put beside the
//                                 envelope, which reads "synced" (settledSync.ts)
//                               accepted with the register's record: op deleted, envelope
//                                 "synced" with that record
//                               conflict: ops deleted, envelope "conflict" with both versions
//                               rejected: op kept as state "rejected" with the reason code
//              ── no answer ──▶ op stays queued, envelope still "pending"
//
// Taking a batch writes nothing (issue #14: marking each envelope "sending" and then "synced"
// wrote every envelope twice, with all its indexes; the desk now shows «ожидает отправки»
// while a batch is out). "sending" is still read: an older release left it on records it
// was sending, and resetSending turns them back to "pending".
//
// Several queued ops of one record (edited twice offline) travel as one: the newest
// snapshot, with the oldest op's base version and the newest op's id. The newest snapshot
// already contains the older edits, so the register applies one op and all are answered.
//
// Whether a record has further ops queued beyond its batch is read off its envelope, never
// by scanning the outbox (issue #14: reading every queued op per batch made a push cost
// O(N²/B)): an envelope holds the newest snapshot written (records.ts), so one whose record
// differs from the batch's snapshot has a later op — queued beyond the batch's limit, or
// written by the desk while the batch was out — and stays "pending" when the batch is
// accepted. A later op whose snapshot equals the accepted one holds nothing the register
// lacks (a desk edit stamps `updatedAt`, so in practice it always differs): the record then
// shows "synced" while that op still goes, and is answered, on the next batch.

export type BatchEntry = {
  readonly op: PushOp;
  /** Outbox seqs this op stands for (the newest's id is the op id). */
  readonly seqs: readonly number[];
};

export type OutboxBatch = { readonly entries: readonly BatchEntry[] };

/**
 * What the envelope keeps when the register kept its own value of some fields: the desk
 * shows `tabletRecord` beside the register's record until a person resolves it.
 */
export type ConflictNote = { readonly fields: readonly string[]; readonly tabletRecord: unknown };

/**
 * Takes up to `limit` queued ops, oldest first. It only reads: a batch that is never
 * answered leaves nothing to undo.
 *
 * With `after` (a batch whose request is still out, syncRun.ts) it takes the ops queued
 * beyond that batch, and stops before the first op of a record the batch carries: that op
 * waits until the batch is answered, so one record's ops reach the register in order and a
 * conflict's answer can still drop the edits queued after it.
 */
export async function takeBatch(
  db: SeroDeskDatabase,
  limit: number,
  after?: OutboxBatch,
): Promise<OutboxBatch> {
  return db.transaction('r', db.outbox, async () => {
    const rows =
      after === undefined ? await oldestQueued(db, limit) : await queuedAfter(db, limit, after);
    const chains = new Map<string, OutboxRow[]>();
    for (const row of rows) {
      const chain = chains.get(row.recordId) ?? [];
      chain.push(row);
      chains.set(row.recordId, chain);
    }
    const entries: BatchEntry[] = [];
    for (const chain of chains.values()) {
      const first = chain[0];
      const last = chain.at(-1);
      if (first === undefined || last === undefined || !isRecordKind(last.kind)) continue;
      entries.push({
        op: {
          opId: last.opId as PushOp['opId'],
          kind: last.kind,
          baseVersion: first.baseVersion,
          record: last.record,
        },
        seqs: chain.flatMap((row) => (row.seq === undefined ? [] : [row.seq])),
      });
    }
    return { entries };
  });
}

function oldestQueued(db: SeroDeskDatabase, limit: number): Promise<OutboxRow[]> {
  return db.outbox.where('state').equals('queued').limit(limit).toArray();
}

async function queuedAfter(
  db: SeroDeskDatabase,
  limit: number,
  after: OutboxBatch,
): Promise<OutboxRow[]> {
  const out = new Set(after.entries.map((entry) => recordIdOf(entry.op)));
  const lastSeq = Math.max(0, ...after.entries.flatMap((entry) => entry.seqs));
  // By primary key (one read of `limit` rows); refused ops in the range are skipped here.
  const rows = await db.outbox.where('seq').above(lastSeq).limit(limit).toArray();
  const taken: OutboxRow[] = [];
  for (const row of rows) {
    if (out.has(row.recordId)) break;
    if (row.state === 'queued') taken.push(row);
  }
  return taken;
}

/** What an answer does to an envelope: leave it, write it, or settle it (settledSync.ts). */
type EnvelopeChange = undefined | { readonly write: EnvelopeRow } | { readonly settle: SettledRow };

/** Reads the envelopes of the entries' records in bulk, one request per kind, and writes back. */
async function updateEnvelopes(
  db: SeroDeskDatabase,
  entries: readonly BatchEntry[],
  change: (row: EnvelopeRow, entry: BatchEntry) => EnvelopeChange,
): Promise<void> {
  const settled: SettledRow[] = [];
  for (const kind of RECORD_KINDS) {
    const ofKind = entries.filter((entry) => entry.op.kind === kind);
    if (ofKind.length === 0) continue;
    const table = tableOf(db, kind);
    const rows = await table.bulkGet(ofKind.map((entry) => recordIdOf(entry.op)));
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

/** Records an older release left "sending" (a crash mid-send) are "pending" again. */
export async function resetSending(db: SeroDeskDatabase): Promise<void> {
  await db.transaction('rw', recordScope(db), async () => {
    for (const table of recordTables(db)) {
      await table
        .where('sync.state')
        .equals('sending')
        .modify((row: { sync: EnvelopeRow['sync'] }) => {
          row.sync = { state: 'pending', version: row.sync.version };
        });
    }
  });
}

function recordIdOf(op: PushOp): string {
  const record = op.record as { id?: unknown };
  return typeof record.id === 'string' ? record.id : '';
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
    await updateEnvelopes(db, batch.entries, (row, entry) => {
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
