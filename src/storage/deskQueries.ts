// The registry desk's read side (finding a person is in personSearch.ts): duplicate
// candidates, one application with every record that hangs off it, and the day's
// applications for the journal. Every row goes through the record schemas (readRecord / recordsWhere), so a row a
// newer or broken writer left is skipped, never shown half-read.
import type { CalendarDate } from '../core/records/calendarDate';
import type { CertificateRecord } from '../core/records/certificate';
import type { PersonRecord } from '../core/records/person';
import type { RecordKind } from '../core/records/record';
import type { OpRejectReason } from '../core/protocol/sync';
import { voidsCertificate } from '../core/protocol/voidingRefusals';
import type { RecordSync, SeroDeskDatabase } from './database';
import type { StoredRecord } from './records';
import { readRecord, recordsWhere } from './records';
import { staffName } from './staffNames';
import { codeUnitOrder } from './sortedEntries';

export { rememberStaffName, staffName } from './staffNames';

/** Every stored person with the same SNILS, document or birth date: the duplicate candidates. */
export async function duplicateCandidates(
  db: SeroDeskDatabase,
  keys: { snils?: string; documentKey: string; birthDate: string },
): Promise<StoredRecord<'person'>[]> {
  const found = new Map<string, StoredRecord<'person'>>();
  const lookups: [string, string | undefined][] = [
    ['snils', keys.snils],
    ['documentKey', keys.documentKey],
    ['birthDate', keys.birthDate],
  ];
  for (const [index, value] of lookups) {
    if (value === undefined) continue;
    for (const person of await recordsWhere(db, 'person', index, value)) {
      found.set(person.record.id, person);
    }
  }
  return [...found.values()];
}

/** One application and everything recorded for it, oldest first within each kind. */
export type DeskStatement = {
  readonly application: StoredRecord<'application'>;
  readonly person: StoredRecord<'person'> | undefined;
  readonly contracts: readonly StoredRecord<'contract'>[];
  readonly samples: readonly StoredRecord<'sample'>[];
  readonly results: readonly StoredRecord<'result'>[];
  readonly certificates: readonly StoredRecord<'certificate'>[];
  readonly revocations: readonly StoredRecord<'revocation'>[];
};

function byCreation<K extends RecordKind>(a: StoredRecord<K>, b: StoredRecord<K>): number {
  // UUIDv7 ids sort by creation; the tablet's clock only orders them loosely, which is
  // enough to show a case's records in the order they were made on this desk.
  return codeUnitOrder(a.record.id, b.record.id);
}

export async function loadDeskStatement(
  db: SeroDeskDatabase,
  applicationId: string,
): Promise<DeskStatement | undefined> {
  const application = await readRecord(db, 'application', applicationId);
  if (application === undefined) return undefined;
  const [person, contracts, samples, certificates] = await Promise.all([
    readRecord(db, 'person', application.record.personId),
    recordsWhere(db, 'contract', 'applicationId', applicationId),
    recordsWhere(db, 'sample', 'applicationId', applicationId),
    recordsWhere(db, 'certificate', 'applicationId', applicationId),
  ]);
  const results = (
    await Promise.all(samples.map((s) => recordsWhere(db, 'result', 'sampleId', s.record.id)))
  ).flat();
  const revocations = (
    await Promise.all(
      certificates.map((c) => recordsWhere(db, 'revocation', 'certificateId', c.record.id)),
    )
  ).flat();
  return {
    application,
    person,
    contracts: contracts.sort(byCreation),
    samples: samples.sort(byCreation),
    results: results.sort(byCreation),
    certificates: certificates.sort(byCreation),
    revocations: revocations.sort(byCreation),
  };
}

/**
 * Where a certificate stands, read from its revocation and *that revocation's own* sync state
 * — never from the certificate's, nor from an empty outbox — because what a verifier at the
 * door sees changes only once the register has acknowledged the revocation's op:
 *
 *   in-force             no revocation on this tablet
 *   revocation-waiting   revoked here, op not yet acknowledged (pending, sending): the QR still
 *                        passes; it will be revoked once the revocation reaches the register
 *   revocation-refused   the register refused or clashed with the revocation: the QR passes
 *   revoked              the register acknowledged it: the rid is on the CRL
 *   voided               no revocation, but the register refused the certificate itself for
 *                        good and put its card on the CRL (core/protocol/voidingRefusals.ts)
 *
 * A duplicate stands as its original does: they share the card's rid. `sync` is the
 * certificate's own sync state; for a duplicate it says nothing of the card.
 */
export type CertificateStanding =
  | { readonly state: 'in-force' }
  | { readonly state: 'voided'; readonly reason: OpRejectReason }
  | {
      readonly state: 'revocation-waiting' | 'revocation-refused' | 'revoked';
      readonly revocation: StoredRecord<'revocation'>;
    };

export function standingOf(
  certificate: CertificateRecord,
  sync: RecordSync,
  revocations: readonly StoredRecord<'revocation'>[],
): CertificateStanding {
  const target = certificate.duplicateOf ?? certificate.id;
  const ofTarget = revocations.filter((r) => r.record.certificateId === target).sort(byCreation);
  // Acknowledged first: one revocation the register holds is enough to void the card.
  const acknowledged = ofTarget.find((r) => r.sync.state === 'synced');
  if (acknowledged !== undefined) return { state: 'revoked', revocation: acknowledged };
  const { state, reason } = sync;
  const refusedForGood = state === 'rejected' && reason !== undefined && voidsCertificate(reason);
  if (refusedForGood && certificate.duplicateOf === undefined) return { state: 'voided', reason };
  const waiting = ofTarget.find((r) => r.sync.state === 'pending' || r.sync.state === 'sending');
  if (waiting !== undefined) return { state: 'revocation-waiting', revocation: waiting };
  const refused = ofTarget[0];
  return refused === undefined
    ? { state: 'in-force' }
    : { state: 'revocation-refused', revocation: refused };
}

/** What the certificate's print view shows: the record, its holder, standing and signer. */
export type CertificateSheet = {
  readonly certificate: CertificateRecord;
  readonly person: PersonRecord | undefined;
  readonly standing: CertificateStanding;
  readonly memberName: string | undefined;
};

export async function loadCertificateSheet(
  db: SeroDeskDatabase,
  certificateId: string,
): Promise<CertificateSheet | undefined> {
  const stored = await readRecord(db, 'certificate', certificateId);
  if (stored === undefined) return undefined;
  const certificate = stored.record;
  const [person, revocations, memberName] = await Promise.all([
    readRecord(db, 'person', certificate.personId),
    recordsWhere(db, 'revocation', 'certificateId', certificate.duplicateOf ?? certificate.id),
    staffName(db, certificate.commissionMemberId),
  ]);
  return {
    certificate,
    person: person?.record,
    standing: standingOf(certificate, stored.sync, revocations),
    memberName,
  };
}

export async function applicationsOfPerson(
  db: SeroDeskDatabase,
  personId: string,
): Promise<StoredRecord<'application'>[]> {
  return (await recordsWhere(db, 'application', 'personId', personId)).sort(byCreation).reverse();
}

/** The applications made on one clinic day, each with its case, newest first. */
export async function storedStatementsOfDay(
  db: SeroDeskDatabase,
  day: CalendarDate,
): Promise<DeskStatement[]> {
  const applications = await recordsWhere(db, 'application', 'day', day);
  const cases = await Promise.all(applications.map((a) => loadDeskStatement(db, a.record.id)));
  return cases
    .filter((c): c is DeskStatement => c !== undefined)
    .sort((a, b) => byCreation(b.application, a.application));
}
