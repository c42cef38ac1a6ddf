// Recording a minor's legal representative on their statement (issue #11, item 4). The clerk
// enters them before the statement is printed, since the print names them («от <представитель>
// в интересах <ребёнок>»), and the rules refuse to sign a minor's statement without one
// (src/core/rules/representativeRules.ts). A statement signed before issue #11 may be given
// its representative afterwards, so its first sample is not refused.
import type { Representative } from '../core/person/representative';
import type { ApplicationRecord } from '../core/records/application';
import type { Result } from '../core/result';
import { writeRecord } from '../storage/records';
import type { DeskEnv } from './env';
import type { WriteFailure } from './writeFailure';

export function recordRepresentative(
  env: Pick<DeskEnv, 'db' | 'write'>,
  application: ApplicationRecord,
  representative: Representative,
): Promise<Result<ApplicationRecord, WriteFailure>> {
  return writeRecord(env.db, { ...application, representative }, env.write);
}
