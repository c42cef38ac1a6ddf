// The sync problems screen: records the register refused and records in conflict, with what
// the clerk may do about each — send a refused record again, discard it (admin only; a copy
// is kept in the discard log), or settle a conflict field by field.
import { discardRejected, retryRejected } from '../storage/refusedRecords';
import type {
  ConflictChoice,
  ConflictProblem,
  RejectedProblem,
  SyncProblems,
} from '../storage/syncProblems';
import { listSyncProblems, resolveConflict } from '../storage/syncProblems';
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

export function settleConflict(
  env: Pick<DeskEnv, 'db' | 'write'>,
  problem: ConflictProblem,
  choice: ConflictChoice,
): ReturnType<typeof resolveConflict> {
  return resolveConflict(env.db, problem.kind, problem.recordId, choice, env.write);
}
