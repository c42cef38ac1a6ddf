import type { OpId } from '../core/ids';
import type { OpAnswer } from '../core/protocol/sync';
import type { ContractRecord } from '../core/records/contract';
import { exampleReceipt } from '../core/records/examples';
import type { SeroDeskDatabase } from '../storage/database';
import { takeBatch } from '../storage/outbox';
import { applyAnswers } from '../storage/outboxAnswers';
import { recordContract } from './contract';
import type { DeskFixture } from './deskFixture';
import { FIXTURE_SERVICE, FIXTURE_STATEMENT, openCashierDesk } from './deskFixture';
import type { RejectedProblem } from './problems';
import { loadSyncProblems } from './problems';

// What the receipt-correction tests share (receiptCorrection*.test.ts): a cashier's desk, a
// payment with receipt ФД 501 that another contract already holds, and the register's answers
// played back to the desk's outbox.

export const NOW = new Date('2026-11-20T01:10:00.000Z');
export const ENTRY = {
  service: FIXTURE_SERVICE,
  payer: { kind: 'self' as const },
  method: 'card' as const,
};
export const TAKEN = exampleReceipt({ documentNumber: '501' });
export const RIGHT = exampleReceipt({ documentNumber: '502' });
export const paidWith = (receipt = TAKEN) => ({
  method: 'card' as const,
  receipt,
  paidAt: NOW.toISOString(),
});

/** Sends everything queued and answers each op as the register would: `answer(op record)`. */
export async function answerAll(
  db: SeroDeskDatabase,
  answer: (opId: OpId, record: ContractRecord) => OpAnswer,
) {
  const batch = await takeBatch(db, 100);
  await applyAnswers(
    db,
    batch,
    batch.entries.map(({ op }) =>
      op.kind === 'contract'
        ? answer(op.opId, op.record as ContractRecord)
        : { opId: op.opId, status: 'accepted', seq: 1, version: 1 },
    ),
  );
}

export const onAnotherContract = (opId: OpId): OpAnswer => ({
  opId,
  status: 'rejected',
  reason: 'receipt-on-another-contract',
  message: {
    ru: 'Этот чек уже указан в другом договоре',
    en: 'This receipt is on another contract',
  },
  detail: `ФН ${TAKEN.fiscalDrive}, ФД 501; № KAM01-T09-2026-000123`,
});
export const acceptedAs =
  (version: number) =>
  (opId: OpId): OpAnswer => ({
    opId,
    status: 'accepted',
    seq: version,
    version,
  });

export async function theRefusal(desk: DeskFixture): Promise<RejectedProblem> {
  const { rejected } = await loadSyncProblems(desk.env);
  const [problem] = rejected;
  if (problem === undefined || rejected.length !== 1) throw new Error('one refusal expected');
  return problem;
}

/** A desk whose contract, paid offline with the taken receipt, the register refused. */
export async function refusedPayment(): Promise<{ desk: DeskFixture; paid: ContractRecord }> {
  const desk = await openCashierDesk(NOW);
  const paid = await recordContract(desk.env, FIXTURE_STATEMENT, {
    ...ENTRY,
    payment: paidWith(),
  });
  if (!paid.ok) throw new Error(paid.reason);
  await answerAll(desk.env.db, onAnotherContract);
  return { desk, paid: paid.value };
}
