import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import type { OpAnswer, PushOp } from '../../core/protocol/sync';
import type { ClinicRecord } from '../../core/records/record';
import type { RegisterDb } from '../db/connect';
import type { ClinicStaff, PushingTablet } from './applyOp';
import { applyCheckedOp, checkOp, refusal, replayed } from './applyOp';
import { revokeEarlierRevocations, revokeInCrl } from './crlFromRevocation';
import { opContentHash } from './opContent';
import type { StoredAnswer } from './answerStore';
import { loadAnswers, storeAnswer } from './answerStore';
import { isOpDataFault } from './opDataFault';
import type { SyncTx } from './recordStore';
import { seqBlock } from './recordStore';
import { ruleSettingsFor } from './ruleStore';

// The answers to one push, op after op (protocol in src/core/protocol/sync.ts), all in ONE
// transaction with a savepoint per op (issue #14: one commit per op was 10,000 commits for
// 10,000 records). Exactly once still holds: each op's answer is written beside its record
// in that transaction, so both commit or neither does, and a retry after a failed request
// finds either every answer or none.
//
//   BEGIN; lock the seq counter (seqBlock); read the stored answers of the batch's op ids
//     SAVEPOINT op; <apply op 1, store its answer>; RELEASE op
//     SAVEPOINT op; <op 2 breaks a constraint> ROLLBACK TO op; <store its refusal>; RELEASE op
//     …
//   write the counter back; COMMIT; then the CRL for accepted revocations and certificates
//
// A repeat of a stored op replays its answer (applyOp.replayed), also a repeat within the
// same batch. An op whose write the database refuses as data (opDataFault.ts) rolls back to
// its own savepoint and is refused as `invalid-record`; any other failure (the database gone,
// a full disk, a fault in the register) rolls the whole batch back and the request fails, so
// the tablet sends the batch again and nothing is applied twice.
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
  readonly contentHash: string;
  readonly checked: ReturnType<typeof checkOp>;
};

type Answered = { readonly answer: OpAnswer; readonly record: ClinicRecord | undefined };

export async function answerPush(
  context: PushContext,
  tablet: PushingTablet,
  staff: ClinicStaff,
  ops: readonly PushOp[],
): Promise<OpAnswer[]> {
  const { db, log } = context;
  const rules = await ruleSettingsFor(db, tablet.clinicId);
  // Parsing and hashing need no database: done before the lock is taken.
  const prepared: Prepared[] = ops.map((op) => ({
    op,
    contentHash: opContentHash(op),
    checked: checkOp(op, tablet, staff),
  }));
  const answered = await db.kysely.transaction().execute(async (tx) => {
    // Taken first, as by every writer (recordStore.nextSeq): a concurrent copy of this push
    // waits here and then reads the answers this one stored.
    const seqs = await seqBlock(tx);
    const seen = await loadAnswers(
      tx,
      ops.map((op) => op.opId),
    );
    const out: Answered[] = [];
    for (const { op, contentHash, checked } of prepared) {
      const at = context.now().toISOString();
      const stored = seen.get(op.opId);
      let answer: OpAnswer;
      if (stored !== undefined) {
        answer = replayed(op, stored, tablet, contentHash);
      } else {
        const recordId = checked.ok ? checked.record.id : null;
        answer = await inSavepoint(tx, async () => {
          const decided = checked.ok
            ? await applyCheckedOp(tx, op, checked.record, tablet, {
                subtle: context.subtle,
                rules,
                at,
                seq: seqs.next(),
                federalTransfer: context.federalTransfer ?? false,
              })
            : checked.answer;
          await storeAnswer(tx, {
            answer: decided,
            tabletId: tablet.id,
            recordId,
            at,
            contentHash,
          });
          return decided;
        }).catch(async (error: unknown) => {
          if (!isOpDataFault(error)) throw error;
          log.warn({ opId: op.opId, err: error }, 'push op refused by the database');
          const refused = refusal(op, 'invalid-record', 'the register could not store it');
          await storeAnswer(tx, {
            answer: refused,
            tabletId: tablet.id,
            recordId,
            at,
            contentHash,
          });
          return refused;
        });
        seen.set(op.opId, storedOf(answer, tablet, contentHash));
      }
      out.push({ answer, record: checked.ok ? checked.record : undefined });
    }
    await seqs.close();
    return out;
  });
  const at = context.now();
  for (const { answer, record } of answered) {
    if (answer.status !== 'accepted' || record === undefined) continue;
    if (record.kind === 'revocation') await revokeInCrl(db, record, at, log);
    if (record.kind === 'certificate' && answer.version === 1 && record.shcJws !== undefined) {
      await revokeEarlierRevocations(db, record, at, log);
    }
  }
  return answered.map(({ answer }) => answer);
}

/** What a repeat of this op id later in the same batch replays. */
function storedOf(answer: OpAnswer, tablet: PushingTablet, contentHash: string): StoredAnswer {
  return { tabletId: tablet.id, answer, contentHash };
}

/**
 * Runs one op's writes under a savepoint. On a data fault the op's writes are rolled back
 * (the batch's earlier ops stay) and the error is passed on for the caller to answer; any
 * other error is passed on untouched, for the whole transaction to roll back — after a full
 * disk SQLite may already have ended the transaction, and a ROLLBACK TO would only hide that.
 */
async function inSavepoint<T>(tx: SyncTx, apply: () => Promise<T>): Promise<T> {
  await sql`savepoint push_op`.execute(tx);
  let result: T;
  try {
    result = await apply();
  } catch (error) {
    if (isOpDataFault(error)) {
      await sql`rollback to savepoint push_op`.execute(tx);
      await sql`release savepoint push_op`.execute(tx);
    }
    throw error;
  }
  await sql`release savepoint push_op`.execute(tx);
  return result;
}
