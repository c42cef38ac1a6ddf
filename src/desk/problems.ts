// The sync problems screen: records the register refused and records in conflict, with what
// the clerk may do about each — send a refused record again, correct a contract's receipt the
// register found on another contract, discard it (admin only; a copy is kept in the discard
// log), or settle a conflict field by field.
import type { FiscalReceipt } from '../core/contract/fiscalReceipt';
import type { ContractRecord } from '../core/records/contract';
import { writeReceiptCorrection } from '../storage/receiptCorrection';
import { ownCard } from '../storage/cardVoids';
import { discardRejected, retryRejected } from '../storage/refusedRecords';
import type {
  ConflictChoice,
  ConflictProblem,
  RejectedProblem,
  SyncProblems,
} from '../storage/syncProblems';
import { listSyncProblems, resolveConflict } from '../storage/syncProblems';
import { fail } from '../core/result';
import { paidWith } from './contract';
import type { DeskEnv } from './env';

export type {
  ConflictChoice,
  ConflictProblem,
  ProblemFailure,
  RejectedProblem,
  SyncProblems,
} from '../storage/syncProblems';
export { PROBLEM_MESSAGES } from '../storage/syncProblems';

export function loadSyncProblems(env: Pick<DeskEnv, 'db'>): Promise<SyncProblems> {
  return listSyncProblems(env.db);
}

export function retryRefused(
  env: Pick<DeskEnv, 'db' | 'write'>,
  problem: RejectedProblem,
): ReturnType<typeof retryRejected> {
  return retryRejected(env.db, problem.kind, problem.recordId, env.write);
}

/**
 * Whether discarding this refused record asks the register to void a card the citizen holds:
 * a certificate the register never had, signed here (storage/cardVoids.ts).
 */
export function discardVoidsCard(problem: RejectedProblem): boolean {
  return problem.registerRecord === undefined && ownCard(problem.record) !== undefined;
}

export function discardRefused(
  env: Pick<DeskEnv, 'db' | 'staff' | 'now'>,
  problem: RejectedProblem,
): ReturnType<typeof discardRejected> {
  return discardRejected(env.db, problem.kind, problem.recordId, {
    staffId: env.staff.id,
    displayName: env.staff.displayName,
    role: env.staff.role,
    now: env.now,
  });
}

/**
 * A contract the register refused because its receipt is on another contract, with the right
 * receipt (scanned or typed by the cashier): queued again as a new version over the register's
 * copy (storage/receiptCorrection.ts). `paidAt` is the receipt's time, as at payment.
 */
export function correctRefusedReceipt(
  env: Pick<DeskEnv, 'db' | 'write'>,
  problem: RejectedProblem,
  corrected: { readonly receipt: FiscalReceipt; readonly paidAt: string },
): ReturnType<typeof writeReceiptCorrection> {
  const contract = problem.record;
  if (contract?.kind !== 'contract' || problem.correctReceipt === undefined) {
    return Promise.resolve(fail('receipt-not-correctable'));
  }
  const record: ContractRecord =
    problem.correctReceipt === 'receipt'
      ? paidWith(contract, { method: contract.method, ...corrected })
      : { ...contract, refundReceipt: corrected.receipt };
  return writeReceiptCorrection(env.db, record, env.write);
}

export function settleConflict(
  env: Pick<DeskEnv, 'db' | 'write'>,
  problem: ConflictProblem,
  choice: ConflictChoice,
): ReturnType<typeof resolveConflict> {
  return resolveConflict(env.db, problem.kind, problem.recordId, choice, env.write);
}
