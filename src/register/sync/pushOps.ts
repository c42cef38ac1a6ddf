import type { FastifyBaseLogger } from 'fastify';
import type { OpAnswer, PushOp } from '../../core/protocol/sync';
import type { RegisterDb } from '../db/connect';
import type { ClinicStaff, PushingTablet } from './applyOp';
import { applyCheckedOp, checkOp, replayed } from './applyOp';
import { revokeEarlierRevocations, revokeInCrl } from './crlFromRevocation';
import { opContentHash } from './opContent';
import { loadAnswer, loadAnswers, storeAnswer } from './answerStore';
import { lockSeq } from './recordStore';
import { ruleSettingsFor } from './ruleStore';

// The answers to one push, op after op (protocol in src/core/protocol/sync.ts): a repeat of
// a stored op replays its answer (applyOp.replayed), a refusal that needs no database is
// stored at once, and every other op goes through applyCheckedOp in a transaction of its own.
// After an accepted revocation, or the first version of a certificate, the CRL is brought up
// to date (crlFromRevocation.ts) — again on a replay, which heals a crash between the commits.

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

/** Stores a refusal so a repeat of the op gets the very same answer. */
async function storeRefusal(
  db: RegisterDb,
  op: PushOp,
  answer: OpAnswer,
  tablet: PushingTablet,
  entry: { readonly at: string; readonly contentHash: string },
): Promise<OpAnswer> {
  return db.kysely.transaction().execute(async (tx) => {
    await lockSeq(tx);
    const stored = await loadAnswer(tx, answer.opId);
    if (stored !== undefined) return replayed(op, stored, tablet, entry.contentHash);
    await storeAnswer(tx, { answer, tabletId: tablet.id, recordId: null, ...entry });
    return answer;
  });
}

export async function answerPush(
  context: PushContext,
  tablet: PushingTablet,
  staff: ClinicStaff,
  ops: readonly PushOp[],
): Promise<OpAnswer[]> {
  const { db, log } = context;
  const seen = await loadAnswers(
    db,
    ops.map((op) => op.opId),
  );
  const rules = await ruleSettingsFor(db, tablet.clinicId);
  const answers: OpAnswer[] = [];
  for (const op of ops) {
    const at = context.now();
    const contentHash = opContentHash(op);
    const stored = seen.get(op.opId);
    const checked = checkOp(op, tablet, staff);
    let answer: OpAnswer;
    if (stored !== undefined) {
      answer = replayed(op, stored, tablet, contentHash);
    } else if (!checked.ok) {
      answer = await storeRefusal(db, op, checked.answer, tablet, {
        at: at.toISOString(),
        contentHash,
      });
    } else {
      answer = await applyCheckedOp(db, op, checked.record, tablet, {
        subtle: context.subtle,
        contentHash,
        rules,
        at: at.toISOString(),
        federalTransfer: context.federalTransfer ?? false,
      });
    }
    if (answer.status === 'accepted' && checked.ok) {
      const { record } = checked;
      if (record.kind === 'revocation') await revokeInCrl(db, record, at, log);
      if (record.kind === 'certificate' && answer.version === 1 && record.shcJws !== undefined) {
        await revokeEarlierRevocations(db, record, at, log);
      }
    }
    answers.push(answer);
  }
  return answers;
}
