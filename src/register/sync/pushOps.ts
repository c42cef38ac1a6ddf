import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import type { OpAnswer, PushOp } from '../../core/protocol/sync';
import type { ClinicRecord } from '../../core/records/record';
import type { RuleSettings } from '../../core/rules/recordRules';
import type { RegisterDb } from '../db/connect';
import type { ClinicStaff, PushingTablet } from './applyOp';
import { applyCheckedOp, checkOp, refusal, replayed } from './applyOp';
import { revokeEarlierRevocations, revokeInCrl } from './crlFromRevocation';
import { voidRefusedCertificate } from './voidRefusedCertificate';
import { opContentHash } from './opContent';
import type { StoredAnswer, StoredContent } from './answerStore';
import { loadAnswers, storeAnswer } from './answerStore';
import { isOpDataFault } from './opDataFault';
import type { RunEntry } from './newRecordRun';
import { idsAskedBy, joinsRun, lookUpBatch, runEntry, writeRun } from './newRecordRun';
import type { SyncTx } from './recordStore';
import type { SeqBlock } from './seqCounter';
import { seqBlock } from './seqCounter';
import { ruleSettingsFor } from './ruleStore';
import type { WrittenBodies, WrittenVersion } from './writtenContent';
import { loadWrittenBodies, sameWrittenContent, writtenVersionOf } from './writtenContent';

// The answers to one push, op after op (protocol in src/core/protocol/sync.ts), all in ONE
// transaction with a savepoint per op (issue #14: one commit per op was 10,000 commits for
// 10,000 records). Exactly once still holds: each op's answer is written beside its record
// in that transaction, so both commit or neither does, and a retry after a failed request
// finds either every answer or none.
//
//   BEGIN; lock the seq counter (seqBlock); read the stored answers of the batch's op ids
//     (and, for repeats of new records' ops, the versions they wrote)
//     SAVEPOINT op; <apply op 1, store its answer>; RELEASE op
//     SAVEPOINT op; <op 2 breaks a constraint> ROLLBACK TO op; <store its refusal>; RELEASE op
//     …
//   write the counter back; note the tablet's push (PushNote); COMMIT;
//   then the CRL for accepted revocations and certificates, and for certificates refused
//   for good (voidRefusedCertificate.ts: their cards are already in citizens' hands)
//
// A repeat of a stored op replays its answer (applyOp.replayed), also a repeat within the
// same batch, when it carries the same content: the content hash its op kept, or — for an op
// of a run of new records, which keeps none — the version it wrote (writtenContent.ts).
//
// An op whose write the database refuses as data (opDataFault.ts) rolls back to its own
// savepoint and is refused as `invalid-record`; any other failure (the database gone, a full
// disk, a fault in the register) rolls the whole batch back and the request fails, so the
// tablet sends the batch again and nothing is applied twice.
//
// After an accepted revocation, or the first version of a certificate, the CRL is brought up
// to date (crlFromRevocation.ts) once the batch has committed — again on a replay, which
// heals a crash between the commits.

export type PushContext = {
  readonly db: RegisterDb;
  readonly subtle: SubtleCrypto;
  readonly now: () => Date;
  readonly log: FastifyBaseLogger;
  /**
   * FEDERAL_TRANSFER: accepted certificates and revocations enter the transfer queue. Absent
   * means not queued — what demo data written through this path wants: fictitious people
   * must never reach the federal register.
   */
  readonly federalTransfer?: boolean;
};

type Prepared = {
  readonly op: PushOp;
  readonly checked: ReturnType<typeof checkOp>;
};

type Answered = { readonly answer: OpAnswer; readonly record: ClinicRecord | undefined };

type Batch = {
  readonly context: PushContext;
  readonly tx: SyncTx;
  readonly tablet: PushingTablet;
  readonly rules: RuleSettings;
  readonly seqs: SeqBlock;
  readonly seen: Map<string, StoredAnswer>;
  readonly writtenBodies: WrittenBodies;
};

/**
 * Written in the push's transaction once its answers are known, before the commit: what the
 * push tells about the tablet (routes/sync.ts, syncContact.ts), so it costs no commit of its
 * own and commits with the answers or not at all.
 */
export type PushNote = (tx: SyncTx, answers: readonly OpAnswer[]) => Promise<void>;

export async function answerPush(
  context: PushContext,
  tablet: PushingTablet,
  staff: ClinicStaff,
  ops: readonly PushOp[],
  note?: PushNote,
): Promise<OpAnswer[]> {
  const { db, log } = context;
  const rules = await ruleSettingsFor(db, tablet.clinicId);
  // Checking needs no database: done before the lock is taken.
  const prepared: Prepared[] = ops.map((op) => ({ op, checked: checkOp(op, tablet, staff) }));
  const answered = await db.kysely.transaction().execute(async (tx) => {
    // Taken first, as by every writer (seqCounter.nextSeq): a concurrent copy of this push
    // waits here and then reads the answers this one stored.
    const seqs = await seqBlock(tx);
    const seen = await loadAnswers(
      tx,
      ops.map((op) => op.opId),
    );
    // Repeats of ops that wrote a new record: the versions they wrote, read in one go.
    const writtenBodies = await loadWrittenBodies(
      tx,
      [...seen.values()].flatMap((stored) => writtenRepeat(stored) ?? []),
    );
    const batch: Batch = { context, tx, tablet, rules, seqs, seen, writtenBodies };
    const targets = await lookUpBatch(
      tx,
      tablet.clinicId,
      prepared.flatMap(({ op, checked }) =>
        checked.ok && !seen.has(op.opId) ? idsAskedBy(checked.record) : [],
      ),
    );
    const out: Answered[] = [];
    const answer = (index: number, item: Prepared, given: OpAnswer) => {
      out[index] = { answer: given, record: item.checked.ok ? item.checked.record : undefined };
    };
    // Ids of the records this batch has written or queued: the look-up is stale for them.
    const written = new Set<string>();
    let run: { readonly index: number; readonly entry: RunEntry }[] = [];
    const queued = new Set<string>();
    const flush = async () => {
      if (run.length === 0) return;
      const entries = run;
      run = [];
      queued.clear();
      try {
        await inSavepoint(tx, 'push_run', () =>
          writeRun(
            db,
            tx,
            tablet.id,
            entries.map(({ entry }) => entry),
          ),
        );
      } catch (error) {
        if (!isOpDataFault(error)) throw error;
        // One of them is refused by the database: each goes the per-op way, refused alone.
        log.warn({ ops: entries.length, err: error }, 'push run refused: applying op by op');
        for (const { index } of entries) {
          const item = prepared[index];
          if (item !== undefined) answer(index, item, await answerOne(batch, item));
        }
        return;
      }
      for (const { index, entry } of entries) {
        seen.set(entry.op.opId, {
          tabletId: tablet.id,
          recordId: entry.record.id,
          answer: entry.answer,
          content: { kind: 'written' },
        });
        const item = prepared[index];
        if (item !== undefined) answer(index, item, entry.answer);
      }
    };
    for (const [index, item] of prepared.entries()) {
      const { op, checked } = item;
      if (
        checked.ok &&
        !seen.has(op.opId) &&
        !queued.has(op.opId) &&
        joinsRun(checked.record, targets, written, rules)
      ) {
        const at = context.now().toISOString();
        const entry = runEntry(op, checked.record, { seq: seqs.next(), at });
        run.push({ index, entry });
        queued.add(op.opId);
        written.add(checked.record.id);
        continue;
      }
      await flush();
      const stored = seen.get(op.opId);
      if (stored !== undefined) {
        const matches = stored.tabletId === tablet.id && (await sameContent(batch, item, stored));
        answer(index, item, replayed(op, stored, tablet, matches));
        continue;
      }
      if (checked.ok) written.add(checked.record.id);
      answer(index, item, await answerOne(batch, item));
    }
    await flush();
    await seqs.close();
    await note?.(
      tx,
      out.map(({ answer: given }) => given),
    );
    return out;
  });
  const at = context.now();
  for (const { answer, record } of answered) {
    if (answer.status === 'rejected' && record?.kind === 'certificate') {
      const refused = { reason: answer.reason, certificate: record };
      await voidRefusedCertificate(db, context.subtle, refused, tablet.id, at, log);
    }
    if (answer.status !== 'accepted' || record === undefined) continue;
    if (record.kind === 'revocation') await revokeInCrl(db, record, at, log);
    if (record.kind === 'certificate' && answer.version === 1 && record.shcJws !== undefined) {
      await revokeEarlierRevocations(db, record, at, log);
    }
  }
  return answered.map(({ answer }) => answer);
}

/** One op the per-op way: applied under its own savepoint, its answer stored beside it. */
async function answerOne(batch: Batch, { op, checked }: Prepared): Promise<OpAnswer> {
  const { context, tx, tablet } = batch;
  const contentHash = opContentHash(op);
  const at = context.now().toISOString();
  const recordId = checked.ok ? checked.record.id : null;
  const answer = await inSavepoint(tx, 'push_op', async () => {
    const decided = checked.ok
      ? await applyCheckedOp(tx, op, checked.record, tablet, {
          subtle: context.subtle,
          rules: batch.rules,
          at,
          seq: batch.seqs.next(),
          federalTransfer: context.federalTransfer ?? false,
        })
      : checked.answer;
    await storeAnswer(tx, { answer: decided, tabletId: tablet.id, recordId, at, contentHash });
    return decided;
  }).catch(async (error: unknown) => {
    if (!isOpDataFault(error)) throw error;
    context.log.warn({ opId: op.opId, err: error }, 'push op refused by the database');
    const refused = refusal(op, 'invalid-record', 'the register could not store it');
    await storeAnswer(tx, { answer: refused, tabletId: tablet.id, recordId, at, contentHash });
    return refused;
  });
  // What a repeat of this op id later in the same batch replays.
  const content: StoredContent = { kind: 'hash', hash: contentHash };
  batch.seen.set(op.opId, { tabletId: tablet.id, recordId, answer, content });
  return answer;
}

/** The version a stored op wrote, when that version is its content (writtenContent.ts). */
function writtenRepeat(stored: StoredAnswer): WrittenVersion | undefined {
  return stored.content.kind === 'written'
    ? writtenVersionOf(stored.recordId, stored.answer)
    : undefined;
}

/** Whether a repeated op id carries the content its stored op had (answerStore.StoredContent). */
async function sameContent(
  batch: Batch,
  { op, checked }: Prepared,
  stored: StoredAnswer,
): Promise<boolean> {
  const { content } = stored;
  if (content.kind === 'unrecorded') return true;
  if (content.kind === 'hash') return opContentHash(op) === content.hash;
  const version = writtenRepeat(stored);
  const written = version === undefined ? undefined : await batch.writtenBodies(version);
  if (written === undefined) return false;
  return sameWrittenContent(op, checked.ok ? checked.record : undefined, written);
}

/**
 * Runs one op's writes under a savepoint. On a data fault the op's writes are rolled back
 * (the batch's earlier ops stay) and the error is passed on for the caller to answer; any
 * other error is passed on untouched, for the whole transaction to roll back — after a full
 * disk SQLite may already have ended the transaction, and a ROLLBACK TO would only hide that.
 */
async function inSavepoint<T>(
  tx: SyncTx,
  name: 'push_op' | 'push_run',
  apply: () => Promise<T>,
): Promise<T> {
  const savepoint = sql.raw(name);
  await sql`savepoint ${savepoint}`.execute(tx);
  let result: T;
  try {
    result = await apply();
  } catch (error) {
    if (isOpDataFault(error)) {
      await sql`rollback to savepoint ${savepoint}`.execute(tx);
      await sql`release savepoint ${savepoint}`.execute(tx);
    }
    throw error;
  }
  await sql`release savepoint ${savepoint}`.execute(tx);
  return result;
}
