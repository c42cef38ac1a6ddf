// A duplicate is a reprint of a lost certificate: a record of its own (so the register knows
// a second paper exists and who printed it), with the same number, decision, validity and
// the very same signed card — a duplicate never makes a new QR, so revoking the original's
// rid withdraws every paper copy at once.
import type { CertificateId } from '../../../core/ids';
import { newId } from '../../../core/ids';
import type { CertificateRecord } from '../../../core/records/certificate';
import type { DeskEnv } from '../frame/DeskEnvironment';

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
