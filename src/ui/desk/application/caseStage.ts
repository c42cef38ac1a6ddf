// Where one application stands, read from its records: the stage the journal shows
// (registered → paid → sampled → resulted → certified), the records the next step works on,
// and the worst sync state among them. Pure, so the journal and the case screen agree.
import type { CertificateRecord } from '../../../core/records/certificate';
import type { ContractRecord } from '../../../core/records/contract';
import type { ResultRecord } from '../../../core/records/result';
import type { SampleRecord } from '../../../core/records/sample';
import type { SyncState } from '../../../storage/database';
import type { DeskCase } from '../../../storage/deskQueries';

export const CASE_STAGES = ['registered', 'paid', 'sampled', 'resulted', 'certified'] as const;
export type CaseStage = (typeof CASE_STAGES)[number] | 'cancelled';

export type CaseFacts = {
  readonly stage: CaseStage;
  /** The paid contract if there is one, else the latest contract still open. */
  readonly contract: ContractRecord | undefined;
  readonly paid: boolean;
  /** The latest sample: a retest after an equivocal result is a new sample. */
  readonly sample: SampleRecord | undefined;
  /** The final result of the latest sample, if any. */
  readonly result: ResultRecord | undefined;
  /** The certificate in force: issued, not a duplicate, not revoked. */
  readonly certificate: CertificateRecord | undefined;
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

export function caseFacts(deskCase: DeskCase): CaseFacts {
  const contracts = deskCase.contracts.map((c) => c.record);
  const paidContract = contracts.findLast((c) => c.status === 'paid');
  const contract = paidContract ?? contracts.findLast((c) => c.status === 'draft');
  const sample = deskCase.samples.at(-1)?.record;
  const result =
    sample === undefined
      ? undefined
      : deskCase.results.map((r) => r.record).findLast((r) => r.sampleId === sample.id && r.final);
  const revoked = new Set(deskCase.revocations.map((r) => r.record.certificateId));
  const certificate = deskCase.certificates
    .map((c) => c.record)
    .findLast((c) => c.duplicateOf === undefined && !revoked.has(c.id));

  let stage: CaseStage = 'registered';
  if (deskCase.application.record.status === 'cancelled') stage = 'cancelled';
  else if (certificate !== undefined) stage = 'certified';
  else if (paidContract !== undefined) {
    stage = result !== undefined ? 'resulted' : sample !== undefined ? 'sampled' : 'paid';
  }

  const sync = worstSync([
    deskCase.application.sync.state,
    ...(deskCase.person === undefined ? [] : [deskCase.person.sync.state]),
    ...[
      ...deskCase.contracts,
      ...deskCase.samples,
      ...deskCase.results,
      ...deskCase.certificates,
      ...deskCase.revocations,
    ].map((r) => r.sync.state),
  ]);
  return { stage, contract, paid: paidContract !== undefined, sample, result, certificate, sync };
}
