import { sql } from 'kysely';
import type { CertificateCase } from '../../core/fhir/certificateResources';
import type { CertificateRecord } from '../../core/records/certificate';
import type { CalendarDate } from '../../core/records/calendarDate';
import { addDays, calendarDateAt, startOfDay } from '../../core/records/calendarDate';
import type { PersonRecord } from '../../core/records/person';
import type { Result } from '../../core/result';
import { fail, ok } from '../../core/result';
import { readClinicSettings } from '../clinicSettings';
import type { RegisterDb } from '../db/connect';
import { recordField } from '../report/recordField';
import { parseRecordBody } from '../sync/recordStore';

// The certificates issued in a period, read from the register in pages of `pageSize` rows
// by sequence number, so an export of a year holds one page in memory, not the year.
//
// "Issued in the period" is the certificate's `issuedAt` as a calendar day in its clinic's
// own time zone (policy.utcOffsetMinutes: a certificate issued at 09:00 in Kamchatka on
// 1 December is a 1 December certificate, though it is still 30 November in UTC). `issuedAt`
// lives in the record's JSON body (a tablet may push a certificate days after issuing it, so
// no column of the register's bounds the period safely): the pages read the certificates
// whose `issuedAt` lies in the period with a margin, through migration 0014's index on that
// field, and keep the period's days. Revocations are few and are read once.

export type ExportPeriod = {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** A clinic's code; all clinics when absent. */
  readonly clinicCode?: string;
};

/** A certificate as the export writes it: its case plus the day it was issued. */
export type ExportedCertificate = CertificateCase & { readonly issuedOn: CalendarDate };

type ClinicFacts = CertificateCase['clinic'] & { readonly utcOffsetMinutes: number };

export const EXPORT_PAGE_SIZE = 500;

export async function openCertificateExport(
  db: RegisterDb,
  period: ExportPeriod,
  register: { readonly issuerUrl: string },
  pageSize = EXPORT_PAGE_SIZE,
): Promise<Result<AsyncGenerator<ExportedCertificate[]>, 'clinic-not-found'>> {
  let clinicQuery = db.kysely.selectFrom('clinic').selectAll().where('kind', '=', 'clinic');
  if (period.clinicCode !== undefined) {
    clinicQuery = clinicQuery.where('code', '=', period.clinicCode);
  }
  const clinicRows = await clinicQuery.execute();
  if (clinicRows.length === 0 && period.clinicCode !== undefined) {
    return fail('clinic-not-found', period.clinicCode);
  }
  const clinics = new Map<string, ClinicFacts>(
    clinicRows.map((row) => [
      row.id,
      {
        code: row.code,
        nameRu: row.name_ru,
        issuerUrl: row.issuer_url ?? register.issuerUrl,
        utcOffsetMinutes: readClinicSettings(row.settings).policy.utcOffsetMinutes,
      },
    ]),
  );
  return ok(certificatePages(db, period, clinics, pageSize));
}

async function* certificatePages(
  db: RegisterDb,
  period: ExportPeriod,
  clinics: ReadonlyMap<string, ClinicFacts>,
  pageSize: number,
): AsyncGenerator<ExportedCertificate[]> {
  const clinicIds = [...clinics.keys()];
  if (clinicIds.length === 0) return;
  const revocations = await readRevocations(db, clinicIds);
  const issuedAt = recordField(db.kind, 'issuedAt');
  const bounds = issuedBounds(period, [...clinics.values()]);
  let afterSeq = -1;
  for (;;) {
    const rows = await db.kysely
      .selectFrom('clinic_record')
      .select(['clinic_id', 'body', 'seq'])
      // The kind as a literal and the issue instant's range let the planner read only the
      // period through migration 0014's index (report/recordField.ts); the exact day is
      // decided below, in each clinic's zone.
      .where('kind', '=', sql.lit('certificate'))
      .where(issuedAt, '>=', bounds.lower)
      .where(issuedAt, '<', bounds.upper)
      .where('clinic_id', 'in', clinicIds)
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    const last = rows.at(-1);
    if (last === undefined) return;
    afterSeq = last.seq;
    const kept: { certificate: CertificateRecord; clinic: ClinicFacts; issuedOn: CalendarDate }[] =
      [];
    for (const row of rows) {
      const certificate = parseRecordBody(row.body);
      const clinic = clinics.get(row.clinic_id);
      if (certificate.kind !== 'certificate' || clinic === undefined) continue;
      const issuedOn = calendarDateAt(new Date(certificate.issuedAt), clinic.utcOffsetMinutes);
      if (issuedOn >= period.from && issuedOn <= period.to) {
        kept.push({ certificate, clinic, issuedOn });
      }
    }
    if (kept.length === 0) continue;
    const persons = await readPersons(
      db,
      kept.map((k) => k.certificate.personId),
    );
    const superseded = await readNumbers(
      db,
      kept.flatMap((k) =>
        k.certificate.supersedes === undefined ? [] : [k.certificate.supersedes],
      ),
    );
    const page: ExportedCertificate[] = [];
    for (const { certificate, clinic, issuedOn } of kept) {
      const person = persons.get(certificate.personId);
      // A certificate always arrives after its person (the rules refuse it otherwise).
      if (person === undefined) throw new Error(`certificate ${certificate.id} has no person`);
      const revocation = revocations.get(certificate.id);
      const supersedesNumber =
        certificate.supersedes === undefined ? undefined : superseded.get(certificate.supersedes);
      page.push({
        certificate,
        person,
        clinic: { code: clinic.code, nameRu: clinic.nameRu, issuerUrl: clinic.issuerUrl },
        issuedOn,
        ...(revocation === undefined ? {} : { revocation }),
        ...(supersedesNumber === undefined ? {} : { supersedesNumber }),
      });
    }
    yield page;
  }
}

/**
 * Instants that surely hold the period in every clinic's zone, with two days' margin (an
 * instant written with an offset does not sort with the "Z" ones).
 */
function issuedBounds(period: ExportPeriod, clinics: readonly ClinicFacts[]) {
  const margin = 2 * 86_400_000;
  const offsets = clinics.map((clinic) => clinic.utcOffsetMinutes);
  const start = startOfDay(period.from, Math.max(...offsets)).getTime() - margin;
  const end = startOfDay(addDays(period.to, 1), Math.min(...offsets)).getTime() + margin;
  return { lower: new Date(start).toISOString(), upper: new Date(end).toISOString() };
}

async function readRevocations(db: RegisterDb, clinicIds: readonly string[]) {
  const rows = await db.kysely
    .selectFrom('clinic_record')
    .select('body')
    .where('kind', '=', 'revocation')
    .where('clinic_id', 'in', clinicIds)
    .orderBy('seq')
    .execute();
  const byCertificate = new Map<string, NonNullable<CertificateCase['revocation']>>();
  for (const row of rows) {
    const record = parseRecordBody(row.body);
    if (record.kind === 'revocation' && !byCertificate.has(record.certificateId)) {
      byCertificate.set(record.certificateId, { reason: record.reason, at: record.at });
    }
  }
  return byCertificate;
}

export async function readPersons(db: RegisterDb, ids: readonly string[]) {
  const rows = await db.kysely
    .selectFrom('clinic_record')
    .select('body')
    .where('kind', '=', 'person')
    .where('id', 'in', [...new Set(ids)])
    .execute();
  const persons = new Map<string, PersonRecord>();
  for (const row of rows) {
    const record = parseRecordBody(row.body);
    if (record.kind === 'person') persons.set(record.id, record);
  }
  return persons;
}

async function readNumbers(db: RegisterDb, ids: readonly string[]) {
  const numbers = new Map<string, string>();
  if (ids.length === 0) return numbers;
  const rows = await db.kysely
    .selectFrom('clinic_record')
    .select('body')
    .where('kind', '=', 'certificate')
    .where('id', 'in', [...new Set(ids)])
    .execute();
  for (const row of rows) {
    const record = parseRecordBody(row.body);
    if (record.kind === 'certificate') numbers.set(record.id, record.number);
  }
  return numbers;
}
