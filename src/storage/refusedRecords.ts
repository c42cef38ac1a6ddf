import type { StaffId } from '../core/ids';
import { newId } from '../core/ids';
import type { StaffRole } from '../core/protocol/session';
import type { RecordKind } from '../core/records/record';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import { ownCard, queueCardVoid } from './cardVoids';
import type { EnvelopeRow, OutboxRow, SeroDeskDatabase } from './database';
import type { DiscardNote } from './discardLog';
import { logDiscarded } from './discardLog';
import { envelopeOf } from './indexKeys';
import type { WriteContext } from './records';
import { REGISTER_RECORD_KEY, tableOf } from './records';
import type { ProblemFailure } from './syncProblems';
import { parseRecord, RETRYABLE } from './syncProblems';

// What a person does about a record the register refused (listed by syncProblems.ts): the
// outbox keeps its ops as {state: "rejected", reason: "unknown-author"}. They are sent again
// under new op ids (the register replays the answer of an op id it has seen) once the cause
// may be fixed, or discarded by an administrator: the ops go, and the record goes back to
// the register's version kept on the envelope while the edit waited, or is removed when the
// register never had it; the discard is logged (discardLog.ts). A discarded certificate's
// card, handed to the citizen before the register refused it, is queued for the register to
// void (cardVoids.ts).

/** Queues a refused record again under new op ids, for a cause that may have been fixed. */
export async function retryRejected(
  db: SeroDeskDatabase,
  kind: RecordKind,
  recordId: string,
  context: Pick<WriteContext, 'now' | 'random'>,
): Promise<Result<void, ProblemFailure>> {
  const table = tableOf(db, kind);
  return db.transaction('rw', [table, db.outbox, db.settledBatches], async () => {
    const chain = await rejectedChain(db, recordId);
    const code = chain.at(-1)?.reason ?? 'rejected';
    if (chain.length === 0) return fail('problem-gone');
    if (!RETRYABLE.has(code)) return fail('retry-cannot-pass', code);
    await queueAgain(db, kind, chain, context, 'in-place');
    return ok(undefined);
  });
}

/**
 * The refused ops of one record queued again, the refusal dropped and a new op id each (the
 * register replays the answer of an id it has seen). In place they keep their seqs, so they
 * go where they went before; `last` queues them behind everything queued now — behind the
 * record whose fix lets them pass, so one push carries the fix first. The caller's
 * transaction holds the outbox and the record's table.
 */
export async function queueAgain(
  db: SeroDeskDatabase,
  kind: RecordKind,
  chain: readonly OutboxRow[],
  context: Pick<WriteContext, 'now' | 'random'>,
  placement: 'in-place' | 'last',
): Promise<void> {
  const again = chain.map((row) => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the refusal goes
    const { reason, detail, seq, ...rest } = row;
    const queued = { ...rest, opId: newId(context.now, context.random), state: 'queued' as const };
    return placement === 'in-place' && seq !== undefined ? { ...queued, seq } : queued;
  });
  if (placement === 'last') {
    await db.outbox.bulkDelete(chain.flatMap((row) => (row.seq === undefined ? [] : [row.seq])));
    await db.outbox.bulkAdd(again);
  } else {
    await db.outbox.bulkPut(again);
  }
  const recordId = chain[0]?.recordId;
  const table = tableOf(db, kind);
  const envelope = recordId === undefined ? undefined : await table.get(recordId);
  if (envelope !== undefined) {
    await table.put({ ...envelope, sync: { state: 'pending', version: envelope.sync.version } });
  }
}

/** A record's refused ops, oldest first. */
export async function rejectedChain(db: SeroDeskDatabase, recordId: string): Promise<OutboxRow[]> {
  const rows = await db.outbox.where('recordId').equals(recordId).sortBy('seq');
  return rows.filter((row) => row.state === 'rejected');
}

export type Discarder = {
  readonly staffId: StaffId;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly now: () => Date;
};

/**
 * Drops a refused record's ops (and edits queued after them, which carry the refused
 * content): the record reverts to the register's version, or is removed when the register
 * never had it. Administrators only; the desk offers to save the record to a file first.
 */
export async function discardRejected(
  db: SeroDeskDatabase,
  kind: RecordKind,
  recordId: string,
  by: Discarder,
): Promise<Result<DiscardNote, ProblemFailure>> {
  if (by.role !== 'admin') return fail('discard-admin-only');
  const table = tableOf(db, kind);
  return db.transaction('rw', [table, db.outbox, db.meta, db.settledBatches], async () => {
    const ops = await db.outbox.where('recordId').equals(recordId).sortBy('seq');
    const refused = ops.filter((row) => row.state === 'rejected');
    const last = refused.at(-1);
    if (last === undefined) return fail('problem-gone');
    await db.outbox.bulkDelete(ops.flatMap((row) => (row.seq === undefined ? [] : [row.seq])));
    const envelope = await table.get(recordId);
    const outcome = await revert(db, kind, envelope);
    // A certificate the register never had, whose card the citizen holds: only the register
    // can void that card (cardVoids.ts), and the discard asks it to.
    const card = outcome === 'removed' ? ownCard(parseRecord(last.record)) : undefined;
    if (card !== undefined) await queueCardVoid(db, card);
    const note: DiscardNote = {
      kind,
      recordId,
      reason: last.reason ?? 'rejected',
      by: by.staffId,
      byName: by.displayName,
      at: by.now().toISOString(),
      outcome,
      ...(card === undefined ? {} : { card: 'voiding' as const }),
    };
    await logDiscarded(db, note);
    return ok(note);
  });
}

async function revert(
  db: SeroDeskDatabase,
  kind: RecordKind,
  envelope: EnvelopeRow | undefined,
): Promise<DiscardNote['outcome']> {
  const table = tableOf(db, kind);
  if (envelope === undefined) return 'removed';
  // A pull already brought the register's version over the refused one.
  if (envelope.sync.state === 'synced') return 'reverted';
  const registerRecord = parseRecord(envelope[REGISTER_RECORD_KEY]);
  if (registerRecord !== undefined) {
    await table.put(
      envelopeOf(registerRecord, { state: 'synced', version: registerRecord.version }),
    );
    return 'reverted';
  }
  if (envelope.sync.version === 0) {
    await table.delete(envelope.id);
    return 'removed';
  }
  // An edit queued before the tablet kept the register's copy: the local content stays, and
  // the register's next version of the record replaces it when pulled.
  await table.put({ ...envelope, sync: { state: 'synced', version: envelope.sync.version } });
  return 'kept-local';
}
