// The certificate of a demo case, as the commission's chair issues it at the desk
// (src/desk/issueCertificate.ts): validity by the clinic's policy within the region's, the
// card signed with the demo tablet's key (demoCard.ts), the kit's snapshot, the commission's
// sitting with every member of its order, and the tablet's next certificate number.
import { testSnapshotOf } from '../../core/certificate/certificateContent';
import { computeValidity } from '../../core/certificate/validity';
import { validityPolicyOf } from '../../core/clinic/settings';
import type { StaffId } from '../../core/ids';
import type { Kit } from '../../core/lab/kit';
import { loincForKit } from '../../core/lab/loinc';
import type { ApplicationRecord } from '../../core/records/application';
import type { CalendarDate } from '../../core/records/calendarDate';
import { daysBetween } from '../../core/records/calendarDate';
import type { CertificateRecord } from '../../core/records/certificate';
import type { PersonRecord } from '../../core/records/person';
import type { ResultRecord } from '../../core/records/result';
import type { SampleRecord } from '../../core/records/sample';
import { signDemoCard } from './demoCard';
import { baseOf } from './demoRecords';
import type { DemoRun } from './demoRun';
import { DemoRecordRefused, idAt, localDay, nextNumber } from './demoRun';

/** One protocol a day: its number is the day of the year of the commission's sitting. */
function protocolNumberOn(day: CalendarDate): string {
  return String(daysBetween(`${day.slice(0, 4)}-01-01` as CalendarDate, day) + 1);
}

export type IssueFacts = {
  readonly person: PersonRecord;
  readonly application: ApplicationRecord;
  readonly sample: SampleRecord;
  readonly result: ResultRecord;
  readonly kit: Kit;
  readonly decision: CertificateRecord['decision'];
  readonly at: Date;
  readonly supersedes?: CertificateRecord;
};

/** The certificate the commission's chair issues, card signed; undefined when already expired. */
export async function issueDemoCertificate(
  run: DemoRun,
  facts: IssueFacts,
): Promise<CertificateRecord | undefined> {
  const { person, sample, result, kit, decision, at } = facts;
  const sampleDate = localDay(run, new Date(sample.takenAt));
  const policy = validityPolicyOf(run.rules.clinic, run.rules.admissionPolicy);
  const validity = computeValidity(decision, sampleDate, at, policy);
  if (!validity.ok || validity.value.exp === undefined) return undefined;
  const loinc = loincForKit(kit).code;
  const card = await signDemoCard(
    {
      clinic: run.clinic,
      person,
      loinc,
      decision,
      sampleDate,
      nbf: validity.value.nbf,
      exp: validity.value.exp,
    },
    run.tablet.key,
    { subtle: run.subtle, random: run.random },
  );
  if (!card.ok) throw new DemoRecordRefused('card', `${card.reason} ${card.detail ?? ''}`);
  const issuedOn = localDay(run, at);
  return {
    ...baseOf(run.clinic.id, run.staff.chair, at),
    kind: 'certificate',
    id: idAt(run, at),
    number: nextNumber(run, 'certificate', issuedOn),
    personId: person.id,
    applicationId: facts.application.id,
    resultId: result.id,
    decision,
    test: testSnapshotOf(kit, result, loinc, sampleDate),
    issuedAt: at.toISOString(),
    ...(validity.value.validUntil === undefined ? {} : { validUntil: validity.value.validUntil }),
    commissionMemberId: run.staff.chair as StaffId,
    protocolNumber: protocolNumberOn(issuedOn),
    protocolDate: issuedOn,
    commission: run.commission,
    ...(facts.supersedes === undefined ? {} : { supersedes: facts.supersedes.id }),
    shcJws: card.value.shcJws,
    rid: card.value.rid,
  };
}
