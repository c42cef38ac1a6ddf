// Writes one planned demo case (demoCasePlan.ts) as the desk would have: the person as the
// clerk typed them, the signed statement with its consents and the ИДС, the paid contract
// with its receipt (or a withdrawal before payment, or a refund), the sample, the result,
// and the certificate with what follows it (demoFollowUp.ts), each record pushed as the
// demo tablet (demoRun.ts). A step whose time has not come by the run's horizon is left
// out, so the case stays open as the desk shows it.
import { decisionFor } from '../../core/certificate/decision';
import { checkPresenceGround } from '../../core/commission/presenceRule';
import type { PaymentMethod } from '../../core/contract/paymentMethod';
import { interpretResult } from '../../core/lab/interpret';
import { minorStanding } from '../../core/person/minorRules';
import type { PersonDetails } from '../../core/person/person';
import { transliterate } from '../../core/person/transliterate';
import type { ApplicationRecord } from '../../core/records/application';
import type { ContractRecord } from '../../core/records/contract';
import type { PersonRecord } from '../../core/records/person';
import type { ResultRecord } from '../../core/records/result';
import type { SampleRecord } from '../../core/records/sample';
import type { DemoCasePlan } from './demoCasePlan';
import { issueDemoCertificate } from './demoCertificate';
import { followUp } from './demoFollowUp';
import { misspelt } from './demoPeople';
import { baseOf, contractFields, demoReceipt, editOf, payerName, withSurname } from './demoRecords';
import type { DemoRun } from './demoRun';
import { DemoRecordRefused, idAt, later, localDay, nextNumber, push } from './demoRun';

/** The statement signed with its consents (and the ИДС), for the person as typed. */
function statementOf(run: DemoRun, plan: DemoCasePlan, person: PersonRecord): ApplicationRecord {
  const { arrival } = plan;
  const day = localDay(run, arrival);
  const { representative } = plan.person;
  return {
    ...baseOf(run.clinic.id, run.staff.registrar, later(arrival, 1)),
    kind: 'application',
    id: idAt(run, later(arrival, 1)),
    personId: person.id,
    date: day,
    consents: { personalData: true, paidService: true },
    identityDocumentChecked: true,
    signedAt: later(arrival, 4).toISOString(),
    status: 'signed',
    ...(representative === undefined ? {} : { representative }),
    interventionConsent: {
      signedAt: later(arrival, 6).toISOString(),
      signer: minorStanding(person.birthDate, day).interventionConsentSigner,
    },
  };
}

async function withdraw(
  run: DemoRun,
  application: ApplicationRecord,
  at: Date,
  reason: string,
): Promise<void> {
  await push(
    run,
    {
      ...application,
      ...editOf(run.staff.registrar, at),
      status: 'cancelled',
      cancelReason: reason,
      cancelledAt: at.toISOString(),
    },
    1,
  );
  run.tally.withdrawn += 1;
}

async function pay(
  run: DemoRun,
  plan: DemoCasePlan,
  application: ApplicationRecord,
): Promise<ContractRecord> {
  const paidAt = later(plan.arrival, 9);
  const offset = run.clinic.settings.policy.utcOffsetMinutes;
  const price = plan.service.priceKopecks;
  const receipt = demoReceipt(run.cashRegister, run.chance, {
    at: paidAt,
    utcOffsetMinutes: offset,
    sumKopecks: price,
    operation: 'income',
  });
  const contract: ContractRecord = {
    ...baseOf(run.clinic.id, run.staff.registrar, later(plan.arrival, 8)),
    kind: 'contract',
    id: idAt(run, later(plan.arrival, 8)),
    applicationId: application.id,
    personId: application.personId,
    ...contractFields(nextNumber(run, 'contract', localDay(run, paidAt)), plan.service),
    payer: minorPayer(plan, application),
    method: plan.method,
    receipt,
    receiptNumber: receipt.documentNumber,
    paidAt: paidAt.toISOString(),
    status: 'paid',
  };
  await push(run, contract);
  run.tally.payments[plan.method satisfies PaymentMethod] += 1;
  return contract;
}

/** A child under 14 does not contract: the representative does, and pays (minorRules.ts). */
function minorPayer(plan: DemoCasePlan, application: ApplicationRecord): ContractRecord['payer'] {
  const { representative } = plan.person;
  if (representative === undefined) return { kind: 'self' };
  const party = minorStanding(plan.person.details.birthDate, application.date).contractParty;
  return party === 'representative'
    ? { kind: 'other', name: payerName(representative) }
    : { kind: 'self' };
}

async function refund(run: DemoRun, contract: ContractRecord, at: Date): Promise<void> {
  const refundReceipt = demoReceipt(run.cashRegister, run.chance, {
    at,
    utcOffsetMinutes: run.clinic.settings.policy.utcOffsetMinutes,
    sumKopecks: contract.priceKopecks,
    operation: 'income-return',
  });
  await push(
    run,
    {
      ...contract,
      ...editOf(run.staff.registrar, at),
      status: 'refunded',
      cancelReason: 'Отказ от взятия крови до оказания услуги, деньги возвращены',
      cancelledAt: at.toISOString(),
      refundReceipt,
    },
    1,
  );
  run.tally.refunds += 1;
}

function typedDetails(plan: DemoCasePlan): PersonDetails {
  const { details } = plan.person;
  if (plan.extra !== 'correction') return details;
  const typo = misspelt(details.surname);
  return withSurname(details, typo, transliterate(typo));
}

export async function writeDemoCase(run: DemoRun, plan: DemoCasePlan): Promise<void> {
  const { arrival } = plan;
  const now = run.horizon;
  const person: PersonRecord = {
    ...baseOf(run.clinic.id, run.staff.registrar, arrival),
    kind: 'person',
    id: idAt(run, arrival),
    ...typedDetails(plan),
  };
  await push(run, person);
  if (plan.person.representative !== undefined) run.tally.minors += 1;
  const application = statementOf(run, plan, person);
  await push(run, application);
  if (plan.outcome === 'withdrawn' && plan.closedAt < now) {
    await withdraw(run, application, plan.closedAt, 'Передумал(а) до оплаты');
    return;
  }
  const contract = await pay(run, plan, application);
  if (plan.outcome === 'refund' && plan.closedAt < now) {
    await refund(run, contract, plan.closedAt);
    const after = later(plan.closedAt, 2);
    if (after < now) await withdraw(run, application, after, 'Отказ от услуги после возврата');
    return;
  }
  const sampleAt = later(arrival, 15);
  run.sequences.tube += 1;
  const sample: SampleRecord = {
    ...baseOf(run.clinic.id, run.staff.lab, sampleAt),
    kind: 'sample',
    id: idAt(run, sampleAt),
    applicationId: application.id,
    personId: person.id,
    takenAt: sampleAt.toISOString(),
    tubeLabel: `${run.tablet.code}-${String(run.sequences.tube).padStart(6, '0')}`,
    kitId: plan.kit.id,
  };
  await push(run, sample);
  if (plan.resultAt >= now) {
    run.tally.awaiting.result += 1;
    return;
  }
  const interpretation = interpretResult(plan.kit, plan.entry);
  if (!interpretation.ok) throw new DemoRecordRefused('result', interpretation.reason);
  const result: ResultRecord = {
    ...baseOf(run.clinic.id, run.staff.lab, plan.resultAt),
    kind: 'result',
    id: idAt(run, plan.resultAt),
    sampleId: sample.id,
    kitId: plan.kit.id,
    ...plan.entry,
    interpretation: interpretation.value,
    final: true,
    finalizedAt: plan.resultAt.toISOString(),
  };
  await push(run, result);
  run.tally.results[plan.kit.kind] += 1;
  run.tally.results[interpretation.value] += 1;
  const decision = decisionFor(interpretation.value);
  const grounded =
    decision !== 'presence' || checkPresenceGround(plan.kit, run.rules.admissionPolicy).ok;
  if (decision === undefined || !grounded) {
    run.tally.withoutCertificate += 1;
    return;
  }
  if (plan.issueAt >= now) {
    run.tally.awaiting.commission += 1;
    return;
  }
  const facts = { person, application, sample, result, kit: plan.kit, decision };
  const certificate = await issueDemoCertificate(run, { ...facts, at: plan.issueAt });
  if (certificate === undefined) {
    run.tally.withoutCertificate += 1;
    return;
  }
  await push(run, certificate);
  run.tally.certificates[decision] += 1;
  await followUp(run, plan, { ...facts, certificate }, now);
}
