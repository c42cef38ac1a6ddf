// The commission's check-list (issue 3, step 5; DESIGN "what happens at the desk", step 4):
// the app evaluates every item from the records and shows it item by item, and a certificate
// can be issued only when every item passes. Each failed item names its reason, so the member
// sees what to fix ("contract refunded", not just "contract").
//
// Besides the items the ministry listed, one more is checked: that the records belong
// together (the result is of this sample, the sample and contract are for this application
// and person), since a mis-tapped record on a busy desk would otherwise pass every item.
// And one the region sets (issue 9): a *presence* conclusion only from a kit whose antibody
// class the region's admission policy admits (presenceRule.ts), so the desk never issues a
// card that the verifier at the door would turn away.
import type { AdmissionPolicy } from '../admission/policy';
import type { Bilingual } from '../bilingual';
import { decisionFor } from '../certificate/decision';
import type { KitId } from '../ids';
import type { Kit } from '../lab/kit';
import type { ApplicationRecord } from '../records/application';
import type { CalendarDate } from '../records/calendarDate';
import { calendarDateAt, daysBetween } from '../records/calendarDate';
import type { ContractRecord } from '../records/contract';
import type { ResultRecord } from '../records/result';
import type { SampleRecord } from '../records/sample';
import { CHECKLIST_ITEM_LABELS, CHECKLIST_REASON_MESSAGES } from './checklistMessages';
import type { ChecklistItem, ChecklistReason } from './checklistMessages';
import { checkPresenceGround, presenceRefusalWords } from './presenceRule';

export { CHECKLIST_ITEM_LABELS, CHECKLIST_REASON_MESSAGES };
export type { ChecklistItem, ChecklistReason };

export type CommissionPolicy = {
  /** A sample older than this many days on the day of the decision is not accepted. */
  readonly maxSampleAgeDays: number;
  /** The kits the clinic accepts for certificates. */
  readonly acceptedKitIds: readonly KitId[];
  /** The clinic's offset from UTC in minutes (Kamchatka +720), to date the sample. */
  readonly utcOffsetMinutes: number;
};

export type ChecklistInput = {
  readonly application?: ApplicationRecord;
  readonly contract?: ContractRecord;
  readonly sample?: SampleRecord;
  readonly result?: ResultRecord;
  readonly kit?: Kit;
  readonly policy: CommissionPolicy;
  /** The region's admission policy, as the register last sent it (clinic directory). */
  readonly admissionPolicy: AdmissionPolicy;
  /** The clinic's date on the day of the decision. */
  readonly today: CalendarDate;
};

export type ChecklistEntry = {
  readonly item: ChecklistItem;
  readonly passed: boolean;
  readonly reason?: ChecklistReason;
  /** The reason with its facts in words, when the bare reason's message would not say enough. */
  readonly words?: Bilingual;
};

type Check =
  ChecklistReason | { readonly reason: ChecklistReason; readonly words: Bilingual } | undefined;

function identityChecked({ application }: ChecklistInput): Check {
  if (application === undefined) return 'application-missing';
  return application.identityDocumentChecked ? undefined : 'identity-not-checked';
}

function statementSigned({ application }: ChecklistInput): Check {
  if (application === undefined) return 'application-missing';
  if (application.status === 'cancelled') return 'statement-cancelled';
  return application.status === 'signed' ? undefined : 'statement-not-signed';
}

function contractPaid({ contract }: ChecklistInput): Check {
  if (contract === undefined) return 'contract-missing';
  switch (contract.status) {
    case 'paid':
      return undefined;
    case 'draft':
      return 'contract-not-paid';
    case 'cancelled':
      return 'contract-cancelled';
    case 'refunded':
      return 'contract-refunded';
  }
}

function resultFinal({ result }: ChecklistInput): Check {
  if (result === undefined) return 'result-missing';
  return result.final ? undefined : 'result-not-final';
}

function sampleRecent({ sample, policy, today }: ChecklistInput): Check {
  if (sample === undefined) return 'sample-missing';
  const age = daysBetween(calendarDateAt(new Date(sample.takenAt), policy.utcOffsetMinutes), today);
  if (age < 0) return 'sample-in-future';
  return age <= policy.maxSampleAgeDays ? undefined : 'sample-too-old';
}

function kitAccepted({ kit, sample, result, policy }: ChecklistInput): Check {
  if (kit === undefined) return 'kit-missing';
  if (
    (sample !== undefined && sample.kitId !== kit.id) ||
    (result !== undefined && result.kitId !== kit.id)
  ) {
    return 'kit-mismatch';
  }
  if (kit.withdrawn) return 'kit-withdrawn';
  return policy.acceptedKitIds.includes(kit.id) ? undefined : 'kit-not-accepted';
}

function resultUnambiguous({ result }: ChecklistInput): Check {
  if (result === undefined) return 'result-missing';
  return result.interpretation === 'equivocal' ? 'result-equivocal' : undefined;
}

function presenceAdmitted({ kit, result, admissionPolicy }: ChecklistInput): Check {
  if (kit === undefined) return 'kit-missing';
  if (result === undefined) return 'result-missing';
  // Absence (and an equivocal result, refused above) needs no admitted class.
  if (decisionFor(result.interpretation) !== 'presence') return undefined;
  if (checkPresenceGround(kit, admissionPolicy).ok) return undefined;
  return {
    reason: 'presence-class-not-admitted',
    words: presenceRefusalWords(kit, admissionPolicy),
  };
}

function recordsMatch({ application, contract, sample, result }: ChecklistInput): Check {
  if (
    application === undefined ||
    contract === undefined ||
    sample === undefined ||
    result === undefined
  ) {
    return 'records-incomplete';
  }
  const together =
    contract.applicationId === application.id &&
    contract.personId === application.personId &&
    sample.applicationId === application.id &&
    sample.personId === application.personId &&
    result.sampleId === sample.id;
  return together ? undefined : 'records-mismatch';
}

const CHECKS: readonly (readonly [ChecklistItem, (input: ChecklistInput) => Check])[] = [
  ['identity-document-checked', identityChecked],
  ['statement-signed', statementSigned],
  ['contract-paid', contractPaid],
  ['result-final', resultFinal],
  ['sample-recent', sampleRecent],
  ['kit-accepted', kitAccepted],
  ['result-unambiguous', resultUnambiguous],
  ['presence-admitted', presenceAdmitted],
  ['records-match', recordsMatch],
];

/** Every item, in the order the commission reads them. */
export function evaluateChecklist(input: ChecklistInput): ChecklistEntry[] {
  return CHECKS.map(([item, check]): ChecklistEntry => {
    const failed = check(input);
    if (failed === undefined) return { item, passed: true };
    return typeof failed === 'string'
      ? { item, passed: false, reason: failed }
      : { item, passed: false, ...failed };
  });
}

/** A certificate may be issued only when every item of the list passes. */
export function canIssue(entries: readonly ChecklistEntry[]): boolean {
  return entries.length === CHECKS.length && entries.every((entry) => entry.passed);
}
