// Issuing a certificate at the commission: the check-list again (never trust a button that
// was enabled a moment ago), the decision from the result, the region's admission rule for a
// presence conclusion (before anything is signed), the commission's sitting — protocol
// number and date, and which of the clinic's commission took part (issue #11, the same check
// the rules run on the write: core/commission/participants.ts) — validity by the clinic's policy,
// the SMART Health Card signed with this tablet's key, then the record with the tablet's
// next certificate number. The card is signed BEFORE the numbered write because WebCrypto
// cannot run inside a Dexie transaction; the card does not carry the number, so nothing in
// it depends on the write.
import { commissionPolicyOf, validityPolicyOf } from '../core/clinic/settings';
import { canIssue, evaluateChecklist } from '../core/commission/checklist';
import { checkPresenceGround } from '../core/commission/presenceRule';
import type { CommissionRuleReason } from '../core/commission/participants';
import { checkCommissionClaim } from '../core/commission/participants';
import { decisionFor } from '../core/certificate/decision';
import { cardInputOf, testSnapshotOf } from '../core/certificate/certificateContent';
import { computeValidity } from '../core/certificate/validity';
import type { CertificateId, RevocationId, StaffId } from '../core/ids';
import { newId } from '../core/ids';
import type { Kit } from '../core/lab/kit';
import { loincForKit } from '../core/lab/loinc';
import type { CalendarDate } from '../core/records/calendarDate';
import { calendarDateAt } from '../core/records/calendarDate';
import type { CertificateRecord } from '../core/records/certificate';
import type { PersonRecord } from '../core/records/person';
import type { RevocationRecord } from '../core/records/revocation';
import type { Result } from '../core/result';
import { fail } from '../core/result';
import { issueHealthCard, ridFromBytes } from '../core/shc/issueCard';
import { signerFor } from '../core/shc/signingKey';
import type { DeskStatement } from './queries';
import { writeNumberedRecord, writeRecord } from '../storage/records';
import type { DeskEnv } from './env';
import type { StatementFacts } from './statementStage';
import { commissionTaken, loadCommission } from './commission';

export type IssueProblem =
  | CommissionRuleReason
  | 'commission-member-unnamed'
  | 'checklist-failed'
  | 'equivocal'
  | 'presence-class-not-admitted'
  | 'validity-already-expired'
  | 'no-signing-key'
  | 'no-card-expiry'
  | 'card-input-invalid'
  | 'card-too-large'
  | 'write-refused';

export function checklistFor(
  env: DeskEnv,
  facts: StatementFacts,
  statement: DeskStatement,
  today: CalendarDate,
) {
  return evaluateChecklist({
    application: statement.application.record,
    ...(facts.contract === undefined ? {} : { contract: facts.contract }),
    ...(facts.sample === undefined ? {} : { sample: facts.sample }),
    ...(facts.result === undefined ? {} : { result: facts.result }),
    ...(kitOf(env, facts) === undefined ? {} : { kit: kitOf(env, facts) }),
    policy: commissionPolicyOf(env.clinic.settings),
    admissionPolicy: env.admissionPolicy,
    today,
  });
}

export function kitOf(env: DeskEnv, facts: StatementFacts): Kit | undefined {
  return env.clinic.settings.kits.find((kit) => kit.id === facts.sample?.kitId);
}

/** The commission's sitting that decided: its protocol and who took part (chair included). */
export type CommissionSitting = {
  readonly protocolNumber: string;
  readonly protocolDate: CalendarDate;
  readonly participantIds: readonly StaffId[];
};

export async function issueCertificate(
  env: DeskEnv,
  statement: DeskStatement,
  facts: StatementFacts,
  sitting: CommissionSitting,
  supersedes?: CertificateRecord,
): Promise<Result<CertificateRecord, IssueProblem>> {
  const now = env.now();
  const today = calendarDateAt(now, env.utcOffsetMinutes);
  const commission = await loadCommission(env);
  if (commission === undefined) return fail('commission-not-configured');
  const taken = commissionTaken(commission, new Set(sitting.participantIds));
  if (taken === undefined) return fail('commission-member-unnamed');
  const claim = { protocolDate: sitting.protocolDate, commission: taken };
  const sat = checkCommissionClaim(
    { ...claim, commissionMemberId: env.staff.id },
    env.clinic.settings.commission,
    today,
  );
  if (!sat.ok) return sat;
  const { sample, result } = facts;
  const kit = kitOf(env, facts);
  const person: PersonRecord | undefined = statement.person?.record;
  const decision = result === undefined ? undefined : decisionFor(result.interpretation);
  // Named on its own (the check-list has it too), because a correction is issued from the
  // certificate panel, where no check-list is shown.
  if (decision === 'presence' && kit !== undefined) {
    const ground = checkPresenceGround(kit, env.admissionPolicy);
    if (!ground.ok) return ground;
  }
  if (!canIssue(checklistFor(env, facts, statement, today))) return fail('checklist-failed');
  if (sample === undefined || result === undefined || kit === undefined || person === undefined) {
    return fail('checklist-failed');
  }
  if (decision === undefined) return fail('equivocal');
  const sampleDate = calendarDateAt(new Date(sample.takenAt), env.utcOffsetMinutes);
  const validity = computeValidity(
    decision,
    sampleDate,
    now,
    validityPolicyOf(env.clinic.settings, env.admissionPolicy),
  );
  if (!validity.ok) return fail('validity-already-expired');
  if (validity.value.exp === undefined) return fail('no-card-expiry');
  if (env.signingKey === undefined) return fail('no-signing-key');
  const loinc = loincForKit(kit);

  const rid = ridFromBytes(env.random(8));
  const card = await issueHealthCard(
    cardInputOf({
      clinic: env.clinic,
      person,
      loinc: loinc.code,
      decision,
      sampleDate,
      nbf: validity.value.nbf,
      exp: validity.value.exp,
      rid,
    }),
    env.signingKey.publicJwk.kid,
    signerFor(crypto.subtle, env.signingKey.privateKey),
  );
  if (!card.ok) {
    return fail(
      card.reason === 'too-large-for-qr' ? 'card-too-large' : 'card-input-invalid',
      card.detail,
    );
  }

  const written = await writeNumberedRecord<CertificateRecord>(
    env.db,
    'certificate',
    {
      series: 'certificate',
      clinicCode: env.clinic.code,
      tabletCode: env.tablet.code,
      year: Number(today.slice(0, 4)),
    },
    (number) => ({
      ...env.recordBase(),
      kind: 'certificate',
      id: newId<CertificateId>(env.now, env.random),
      number,
      personId: person.id,
      applicationId: statement.application.record.id,
      resultId: result.id,
      decision,
      test: testSnapshotOf(kit, result, loinc.code, sampleDate),
      issuedAt: now.toISOString(),
      ...(validity.value.validUntil === undefined ? {} : { validUntil: validity.value.validUntil }),
      commissionMemberId: env.staff.id,
      protocolNumber: sitting.protocolNumber.trim(),
      ...claim,
      ...(supersedes === undefined ? {} : { supersedes: supersedes.id }),
      shcJws: card.value.jws,
      rid,
    }),
    env.write,
  );
  if (!written.ok) return fail('write-refused', written.reason);
  if (supersedes?.rid !== undefined) {
    // The old card is withdrawn only once its replacement exists, so a failure in between
    // leaves two valid cards for a moment rather than none.
    const revocation: RevocationRecord = {
      ...env.recordBase(),
      kind: 'revocation',
      id: newId<RevocationId>(env.now, env.random),
      certificateId: supersedes.id,
      rid: supersedes.rid,
      reason: 'correction',
      note: `→ ${written.value.number}`,
      at: now.toISOString(),
    };
    const revoked = await writeRecord(env.db, revocation, env.write);
    if (!revoked.ok) return fail('write-refused', revoked.reason);
  }
  return written;
}
