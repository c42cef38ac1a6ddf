// A duplicate is a reprint of a lost certificate: a record of its own (so the register knows
// a second paper exists and who printed it), with the same number, decision, validity and
// the very same signed card — a duplicate never makes a new QR, so revoking the original's
// rid withdraws every paper copy at once.
import type { CertificateId } from '../core/ids';
import { newId } from '../core/ids';
import type { CertificateRecord } from '../core/records/certificate';
import { checkWrite } from '../core/records/permissions';
import type { Result } from '../core/result';
import type { StoredRecord } from '../storage/records';
import { writeRecord } from '../storage/records';
import type { DeskEnv } from './env';
import { isInForce } from './statementStage';
import type { WriteFailure } from './writeFailure';

export function duplicateOf(
  original: CertificateRecord,
  env: Pick<DeskEnv, 'recordBase' | 'now' | 'random'>,
): CertificateRecord {
  return {
    ...original,
    ...env.recordBase(),
    id: newId<CertificateId>(env.now, env.random),
    duplicateOf: original.duplicateOf ?? original.id,
  };
}

/**
 * Whether this member may reprint `certificate` now: only an original in force (a revoked
 * card is never reprinted, a duplicate is reprinted from its original), and only in a role
 * that may write a certificate duplicate.
 */
export function mayIssueDuplicate(
  env: Pick<DeskEnv, 'recordBase' | 'now' | 'random'> & {
    readonly staff: Pick<DeskEnv['staff'], 'role'>;
  },
  certificate: CertificateRecord,
  revocations: readonly StoredRecord<'revocation'>[],
): boolean {
  return (
    isInForce(certificate, revocations) &&
    checkWrite(env.staff.role, duplicateOf(certificate, env)).ok
  );
}

export function issueDuplicate(
  env: Pick<DeskEnv, 'db' | 'write' | 'recordBase' | 'now' | 'random'>,
  original: CertificateRecord,
): Promise<Result<CertificateRecord, WriteFailure>> {
  return writeRecord(env.db, duplicateOf(original, env), env.write);
}
