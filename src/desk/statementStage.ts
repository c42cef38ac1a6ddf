// Where one statement (application) stands, read from its records: the stage the journal shows
// (registered → paid → sampled → resulted → certified), the records the next step works on,
// and the worst sync state among them. Pure, so the journal and the statement's page agree.
import type { CertificateRecord } from '../core/records/certificate';
import type { ContractRecord } from '../core/records/contract';
import type { ResultRecord } from '../core/records/result';
import type { RevocationRecord } from '../core/records/revocation';
import { caseClosingRevocation } from '../core/records/revocation';
import type { SampleRecord } from '../core/records/sample';
import type { RecordSync, SyncState } from '../storage/database';
import { standingOf } from '../storage/deskQueries';
import type { StoredRecord } from '../storage/records';
import type { DeskStatement } from './queries';

export const STATEMENT_STAGES = ['registered', 'paid', 'sampled', 'resulted', 'certified'] as const;
/**
 * Besides the steps: the statement withdrawn, or its certificate revoked for false
 * information or at the citizen's wish (CASE_CLOSING_REASONS), which ends the case: the rules
 * refuse any new certificate on it (core/rules/recordRules.ts), and the desk offers none.
 */
export type StatementStage = (typeof STATEMENT_STAGES)[number] | 'cancelled' | 'revoked';

export type StatementFacts = {
  readonly stage: StatementStage;
  /** The paid contract if there is one, else the latest contract still open. */
  readonly contract: ContractRecord | undefined;
  readonly paid: boolean;
  /** The latest sample: a retest after an equivocal result is a new sample. */
  readonly sample: SampleRecord | undefined;
  /** The final result of the latest sample, if any. */
  readonly result: ResultRecord | undefined;
  /** The certificate in force: issued, not a duplicate, not revoked. */
  readonly certificate: CertificateRecord | undefined;
  /** The revocation that ended the case (stage "revoked"), if one did. */
  readonly revocation: RevocationRecord | undefined;
  readonly sync: SyncState;
};

// The order a clerk should worry in: a refusal needs action, a clash needs a look, pending
// is normal offline, synced is done.
const SYNC_SEVERITY: readonly SyncState[] = [
  'synced',
  'sending',
  'pending',
  'conflict',
  'rejected',
];

export function worstSync(states: readonly SyncState[]): SyncState {
  return states.reduce<SyncState>(
    (worst, state) => (SYNC_SEVERITY.indexOf(state) > SYNC_SEVERITY.indexOf(worst) ? state : worst),
    'synced',
  );
}

export function statementFacts(statement: DeskStatement): StatementFacts {
  const contracts = statement.contracts.map((c) => c.record);
  const paidContract = contracts.findLast((c) => c.status === 'paid');
  const contract = paidContract ?? contracts.findLast((c) => c.status === 'draft');
  const sample = statement.samples.at(-1)?.record;
  const result =
    sample === undefined
      ? undefined
      : statement.results.map((r) => r.record).findLast((r) => r.sampleId === sample.id && r.final);
  const certificate = statement.certificates.findLast((c) =>
    isInForce(c.record, c.sync, statement.revocations),
  )?.record;

  const revocation = caseClosingRevocation(statement.revocations.map((r) => r.record));

  let stage: StatementStage = 'registered';
  if (statement.application.record.status === 'cancelled') stage = 'cancelled';
  else if (revocation !== undefined) stage = 'revoked';
  else if (certificate !== undefined) stage = 'certified';
  else if (paidContract !== undefined) {
    stage = result !== undefined ? 'resulted' : sample !== undefined ? 'sampled' : 'paid';
  }

  const sync = worstSync([
    statement.application.sync.state,
    ...(statement.person === undefined ? [] : [statement.person.sync.state]),
    ...[
      ...statement.contracts,
      ...statement.samples,
      ...statement.results,
      ...statement.certificates,
      ...statement.revocations,
    ].map((r) => r.sync.state),
  ]);
  const paid = paidContract !== undefined;
  return { stage, contract, paid, sample, result, certificate, revocation, sync };
}

/**
 * The certificate in force: an original (not a duplicate) with no revocation on this tablet,
 * whatever that revocation's sync state — the desk stops offering it the moment it is revoked
 * — and not refused for good by the register, which voided its card (`sync`: its own).
 */
export function isInForce(
  certificate: CertificateRecord,
  sync: RecordSync,
  revocations: readonly StoredRecord<'revocation'>[],
): boolean {
  return (
    certificate.duplicateOf === undefined &&
    standingOf(certificate, sync, revocations).state === 'in-force'
  );
}
