// The rules that tie one record to the others of its statement, written once and applied by
// both writers: the tablet's storage before it saves a record (src/storage/records.ts), and
// the register when a push arrives (src/register/sync/authority.ts). A tablet that skips the
// screens — or a screen that forgot a check — is refused the same way, with the same reason.
//
//   application  withdrawn (status "cancelled") only before payment — refund first — and
//                never once a certificate exists
//   contract     of a known statement and person; a new or paid contract not on a withdrawn
//   sample       statement (closing it — cancelled, refunded — is always allowed); a new
//                payment carries its fiscal receipt, a refund its n=2 receipt (receiptRules.ts);
//                a new sample is taken with a kit its contract's service is performed with
//                (clinic/serviceKits.ts)
//   result       only of a sample of the clinic, not on a withdrawn statement
//   certificate  an original only when the commission's check-list passes on the records
//                the store holds, judged on the day it was issued, and only as the result
//                says (conclusion, kit); a correction replaces a certificate of the same
//                person; an original or a correction names its protocol date and the
//                clinic's commission members who took part (commission/participants.ts);
//                a duplicate is a true copy of its original (duplicate.ts); none at all on a
//                statement whose certificate was revoked for false information or at the
//                citizen's wish (CASE_CLOSING_REASONS): that ends its case, and only a new
//                statement may lead to a new certificate
//   revocation   only of a certificate of the clinic, under its rid (revocationTarget.ts)
//   consents     a new sample only with the signed ИДС; no new contract, payment, sample,
//                result or certificate once a consent is withdrawn (consentRules.ts)
//   minors       a statement signed for, or a new sample of, a person under 18 only with
//                the legal representative on the statement (representativeRules.ts)
//
// Who may write which kind is the other half (permissions.ts), checked before these. A record
// the store already holds with the same content writes nothing new and is not judged again,
// so a repeat is never refused by a later change of the clinic's settings.
//
// The rules are synchronous over facts each store gathers first (ruleFacts.ts): the tablet
// must read inside one IndexedDB transaction, where only Dexie's own promises may be awaited.
import type { AdmissionPolicy } from '../admission/policy';
import { decisionFor } from '../certificate/decision';
import type { ClinicSettings } from '../clinic/settings';
import { commissionPolicyOf } from '../clinic/settings';
import { kitFitsService } from '../clinic/serviceKits';
import { canIssue, evaluateChecklist } from '../commission/checklist';
import { checkCommissionClaim } from '../commission/participants';
import type { ApplicationRecord } from '../records/application';
import { calendarDateAt } from '../records/calendarDate';
import type { CertificateRecord } from '../records/certificate';
import type { RevocationRecord } from '../records/revocation';
import { caseClosingRevocation } from '../records/revocation';
import type { ContractRecord } from '../records/contract';
import { checkDuplicate } from '../records/duplicate';
import { sameContent } from '../records/merge';
import type { ClinicRecord } from '../records/record';
import type { ResultRecord } from '../records/result';
import { checkRevocationTarget } from '../records/revocationTarget';
import type { SampleRecord } from '../records/sample';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { checkContractReceipts } from './receiptRules';
import { checkCaseGoesOn, checkSampleConsent } from './consentRules';
import { checkSampleRepresentative, checkStatementRepresentative } from './representativeRules';
import type { RecordRuleReason } from './ruleReasons';
import type { RuleFacts } from './ruleFacts';
import { findRecord } from './ruleFacts';
import type { StatementRecords } from './statementRecords';
import { currentContract } from './statementRecords';

/** What the rules need besides the records: the clinic's settings and the region's policy. */
export type RuleSettings = {
  readonly clinic: ClinicSettings;
  readonly admissionPolicy: AdmissionPolicy;
};

type Verdict = Result<void, RecordRuleReason>;

const PASS: Verdict = ok(undefined);

const EMPTY_STATEMENT: StatementRecords = {
  application: undefined,
  contracts: [],
  samples: [],
  results: [],
  certificates: [],
  revocations: [],
};

/** The statement a step record belongs to, if the store holds it for the same person. */
function ownStatement(
  facts: RuleFacts,
  record: { readonly applicationId: string; readonly personId: string },
): Result<StatementRecords & { application: ApplicationRecord }, RecordRuleReason> {
  const { statement } = facts;
  const application =
    statement?.application?.id === record.applicationId ? statement.application : undefined;
  if (statement === undefined || application === undefined)
    return fail('statement-unknown', record.applicationId);
  if (application.personId !== record.personId) return fail('statement-other-person');
  return ok({ ...statement, application });
}

function checkWithdrawal(application: ApplicationRecord, statement: StatementRecords): Verdict {
  if (application.status !== 'cancelled') return PASS;
  // Already withdrawn in the store: nothing new is decided by writing it again.
  if (statement.application?.status === 'cancelled') return PASS;
  if (statement.certificates.length > 0) return fail('withdrawal-after-certificate');
  if (statement.contracts.some((c) => c.status === 'paid')) {
    return fail('withdrawal-after-payment');
  }
  return PASS;
}

/** Closing a contract is always allowed; opening or paying one needs a live statement. */
function checkContract(facts: RuleFacts, contract: ContractRecord): Verdict {
  const statement = ownStatement(facts, contract);
  if (!statement.ok) return statement;
  const closing = contract.status === 'cancelled' || contract.status === 'refunded';
  if (!closing && statement.value.application.status === 'cancelled') {
    return fail('statement-withdrawn');
  }
  if (!closing) {
    const goesOn = checkCaseGoesOn(statement.value.application);
    if (!goesOn.ok) return goesOn;
  }
  return checkContractReceipts(
    contract,
    findRecord(facts, 'contract', contract.id),
    facts.receiptHolders,
  );
}

/** `isNew`: the store holds no sample of this id yet (a result's sample is never new). */
function checkSample(facts: RuleFacts, sample: SampleRecord, isNew: boolean): Verdict {
  const statement = ownStatement(facts, sample);
  if (!statement.ok) return statement;
  const { application } = statement.value;
  if (application.status === 'cancelled') return fail('statement-withdrawn');
  return checkSampleConsent(application, isNew);
}

/**
 * A new sample's kit is one the statement's service is performed with (serviceKits.ts), for
 * any contract not closed; a statement without one is judged by the contract's own rules.
 */
function checkSampleKit(
  statement: StatementRecords,
  sample: SampleRecord,
  settings: ClinicSettings,
): Verdict {
  const open = statement.contracts.filter(
    (c) => c.status !== 'cancelled' && c.status !== 'refunded',
  );
  if (open.length === 0) return PASS;
  return open.some((c) => kitFitsService(settings, c.serviceCode, sample.kitId))
    ? PASS
    : fail('sample-kit-not-of-service', sample.kitId);
}

function checkResult(facts: RuleFacts, result: ResultRecord): Verdict {
  const sample = findRecord(facts, 'sample', result.sampleId);
  if (sample?.kind !== 'sample') return fail('result-without-sample', result.sampleId);
  return checkSample(facts, sample, false);
}

function checkCorrection(facts: RuleFacts, certificate: CertificateRecord): Verdict {
  if (certificate.supersedes === undefined) return PASS;
  const replaced = findRecord(facts, 'certificate', certificate.supersedes);
  if (
    replaced?.kind !== 'certificate' ||
    replaced.personId !== certificate.personId ||
    replaced.id === certificate.id
  ) {
    return fail('correction-target-unknown', certificate.supersedes);
  }
  return PASS;
}

/** Which of the certificate's facts disagree with its result and sample. */
function contradictions(
  certificate: CertificateRecord,
  result: ResultRecord | undefined,
  sample: SampleRecord | undefined,
): string[] {
  if (result === undefined) return ['resultId'];
  if (sample === undefined) return ['sample'];
  const differ: string[] = [];
  if (certificate.decision !== decisionFor(result.interpretation)) differ.push('decision');
  if (certificate.test.kitId !== result.kitId) differ.push('test.kitId');
  if (certificate.test.interpretation !== result.interpretation) {
    differ.push('test.interpretation');
  }
  return differ;
}

function checkOriginal(
  facts: RuleFacts,
  certificate: CertificateRecord,
  settings: RuleSettings,
): Verdict {
  const statement = ownStatement(facts, certificate);
  if (!statement.ok) return statement;
  const { application, contracts, samples, results } = statement.value;
  if (application.status === 'cancelled') return fail('statement-withdrawn');
  const result = results.find((r) => r.id === certificate.resultId);
  const sample = samples.find((s) => s.id === result?.sampleId);
  const differ = contradictions(certificate, result, sample);
  if (differ.length > 0) return fail('certificate-contradicts-result', differ.join(','));
  const correction = checkCorrection(facts, certificate);
  if (!correction.ok) return correction;
  const policy = commissionPolicyOf(settings.clinic);
  const contract = currentContract(contracts);
  const kit = settings.clinic.kits.find((k) => k.id === sample?.kitId);
  // Judged on the clinic's date of issue, not the day the record arrives: a tablet that was
  // offline for a week pushes certificates whose samples were recent when they were issued.
  const today = calendarDateAt(new Date(certificate.issuedAt), policy.utcOffsetMinutes);
  const commission = checkCommissionClaim(certificate, settings.clinic.commission, today);
  if (!commission.ok) return commission;
  const entries = evaluateChecklist({
    application,
    ...(contract === undefined ? {} : { contract }),
    ...(sample === undefined ? {} : { sample }),
    ...(result === undefined ? {} : { result }),
    ...(kit === undefined ? {} : { kit }),
    policy,
    admissionPolicy: settings.admissionPolicy,
    today,
  });
  if (canIssue(entries)) return PASS;
  const failed = entries.filter((e) => !e.passed).map((e) => e.reason ?? e.item);
  return fail('certificate-checklist-failed', failed.join(','));
}

/** The revocation that closed a statement's case, if one did (CASE_CLOSING_REASONS). */
function caseRevocation(
  statement: StatementRecords | undefined,
  applicationId: string,
): RevocationRecord | undefined {
  if (statement?.application?.id !== applicationId) return undefined;
  return caseClosingRevocation(statement.revocations);
}

function checkCertificate(
  facts: RuleFacts,
  certificate: CertificateRecord,
  settings: RuleSettings,
): Verdict {
  // A duplicate or a correction is a new paper too: none once a consent is withdrawn.
  const application = facts.statement?.application;
  if (application?.id === certificate.applicationId) {
    const goesOn = checkCaseGoesOn(application);
    if (!goesOn.ok) return goesOn;
  }
  const revoked = caseRevocation(facts.statement, certificate.applicationId);
  if (revoked !== undefined) return fail('statement-certificate-revoked', revoked.reason);
  if (certificate.duplicateOf === undefined) return checkOriginal(facts, certificate, settings);
  return checkDuplicate(certificate, findRecord(facts, 'certificate', certificate.duplicateOf));
}

/**
 * Whether `record` may be written into a store, judged by the rules above on the facts the
 * store gathered for it (ruleFacts.ts: `questionsFor` says which). Pure and synchronous.
 */
export function checkRecordRules(
  record: ClinicRecord,
  facts: RuleFacts,
  settings: RuleSettings,
): Verdict {
  const stored = findRecord(facts, record.kind, record.id);
  if (stored !== undefined && sameContent(stored, record)) return PASS;
  switch (record.kind) {
    case 'person':
      return PASS;
    case 'application': {
      const withdrawal = checkWithdrawal(record, facts.statement ?? EMPTY_STATEMENT);
      return withdrawal.ok ? checkStatementRepresentative(record, facts) : withdrawal;
    }
    case 'contract':
      return checkContract(facts, record);
    case 'sample': {
      const step = checkSample(facts, record, stored === undefined);
      const statement = facts.statement;
      if (!step.ok || stored !== undefined || statement?.application === undefined) return step;
      const kit = checkSampleKit(statement, record, settings.clinic);
      if (!kit.ok) return kit;
      const offset = settings.clinic.policy.utcOffsetMinutes;
      return checkSampleRepresentative(record, statement.application, facts, offset);
    }
    case 'result':
      return checkResult(facts, record);
    case 'certificate':
      return checkCertificate(facts, record, settings);
    case 'revocation': {
      const target = checkRevocationTarget(
        record,
        facts.found.get(record.certificateId) ?? { found: 'none' },
      );
      return target.ok ? PASS : target;
    }
  }
}
