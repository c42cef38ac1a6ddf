import type {
  CertificateQuery,
  CertificateSearch,
  CertificateState,
  FoundCertificate,
} from '../../core/protocol/adminCertificates';
import { MAX_FOUND_CERTIFICATES } from '../../core/protocol/adminCertificates';
import { parseNumber } from '../../core/contract/number';
import { fullNameOf } from '../../core/person/name';
import type { CertificateRecord } from '../../core/records/certificate';
import type { PersonRecord } from '../../core/records/person';
import type { RegisterDb } from '../db/connect';
import { readPersons } from '../export/certificateCases';
import { certificateTransfers } from '../transfer/certificateTransfers';
import type { VoidedCardQuery } from './voidedCards';
import { findVoidedCards } from './voidedCards';
import { parseRecordBody } from '../sync/recordStore';

// Any certificate of the region by its number or its holder's SNILS, for the regional
// administrator (wire shape in core/protocol/adminCertificates.ts), with its state: revoked,
// superseded by a correction or a reprint, or valid, and its transfer entries; and the cards
// the register voided without holding their certificates (voidedCards.ts).
//
// How it scales. Neither the number nor the SNILS has a column: both live in the record's
// JSON body. So the database matches the body's text — `"number":"KAM01-…"`,
// `"snils":"11223344595"` — and Node parses only the rows that match (JSON escapes every quote
// inside a value, so the pattern can only match a key and its whole value; each match is
// still checked on the parsed record).
//   number: the clinic code is part of the number, so the scan is of that clinic's rows,
//           found through clinic_record_clinic_seq_tablet_idx (the other clinics' rows are
//           read only when it has no such number);
//   SNILS:  a person may be registered at any clinic, so every row of clinic_record is read
//           by the database (not by Node): linear in the register's size. Measured on SQLite,
//           700,000 rows (100,000 cases) take about 0.4 s; Kamchatka has some 290,000
//           inhabitants, so an occasional administrator's search stays around a second at
//           the very worst. Matches are capped (MAX_PERSONS, MAX_FOUND_CERTIFICATES). Should
//           it ever need to be faster, an expression index on the body's SNILS (json_extract
//           on SQLite, ->> on PostgreSQL) is the next step (#12).

/** A SNILS names one person, registered at most once per clinic; a few more are noise. */
const MAX_PERSONS = 50;

type Row = { readonly clinic_id: string; readonly body: string };
type ClinicFacts = { readonly id: string; readonly code: string; readonly nameRu: string };
type RevocationFacts = NonNullable<FoundCertificate['revocation']>;

/** `"key":"value"` anywhere in a body; the values searched hold no LIKE wildcard (% or _). */
function keyValuePattern(key: string, value: string): string {
  if (/[%_\\"]/.test(value)) throw new Error(`unsafe LIKE value for ${key}`);
  return `%"${key}":"${value}"%`;
}

function certificatesOf(rows: readonly Row[]): CertificateRecord[] {
  return rows.flatMap((row) => {
    const record = parseRecordBody(row.body);
    return record.kind === 'certificate' ? [record] : [];
  });
}

async function certificatesByNumber(db: RegisterDb, number: string): Promise<CertificateRecord[]> {
  const parts = parseNumber(number);
  if (!parts.ok) return [];
  const pattern = keyValuePattern('number', parts.value.number);
  const clinic = await db.kysely
    .selectFrom('clinic')
    .select('id')
    .where('code', '=', parts.value.clinicCode)
    .where('kind', '=', 'clinic')
    .executeTakeFirst();
  let query = db.kysely
    .selectFrom('clinic_record')
    .select(['clinic_id', 'body'])
    .where('kind', '=', 'certificate')
    .where('body', 'like', pattern)
    .limit(MAX_FOUND_CERTIFICATES + 1);
  if (clinic !== undefined) {
    const found = certificatesOf(await query.where('clinic_id', '=', clinic.id).execute());
    const matching = found.filter((c) => c.number === parts.value.number);
    if (matching.length > 0) return matching;
  }
  // The register does not refuse a number whose prefix is not its clinic's code (a tablet
  // enrolled before a clinic was renamed, test data): then every clinic is searched.
  query = query.where('clinic_id', '!=', clinic?.id ?? '');
  return certificatesOf(await query.execute()).filter((c) => c.number === parts.value.number);
}

async function personsBySnils(db: RegisterDb, snils: string): Promise<PersonRecord[]> {
  const rows = await db.kysely
    .selectFrom('clinic_record')
    .select(['clinic_id', 'body'])
    .where('kind', '=', 'person')
    .where('body', 'like', keyValuePattern('snils', snils))
    .limit(MAX_PERSONS)
    .execute();
  return rows.flatMap((row) => {
    const record = parseRecordBody(row.body);
    // The representative of a minor may carry the same SNILS: only the holder's own counts.
    return record.kind === 'person' && record.snils === snils ? [record] : [];
  });
}

/** Every certificate of one person at their clinic: the set supersession is read from. */
async function certificatesOfPerson(
  db: RegisterDb,
  clinicId: string,
  personId: string,
): Promise<CertificateRecord[]> {
  const rows = await db.kysely
    .selectFrom('clinic_record')
    .select(['clinic_id', 'body'])
    .where('clinic_id', '=', clinicId)
    .where('kind', '=', 'certificate')
    .where('body', 'like', keyValuePattern('personId', personId))
    .limit(MAX_FOUND_CERTIFICATES + 1)
    .execute();
  return certificatesOf(rows).filter((c) => c.personId === personId);
}

/** The revocations of the given certificates, read within their clinics (revocations are few). */
async function revocationsOf(
  db: RegisterDb,
  clinicIds: readonly string[],
  certificateIds: ReadonlySet<string>,
): Promise<Map<string, RevocationFacts>> {
  const found = new Map<string, RevocationFacts>();
  if (clinicIds.length === 0) return found;
  const rows = await db.kysely
    .selectFrom('clinic_record')
    .select('body')
    .where('kind', '=', 'revocation')
    .where('clinic_id', 'in', [...clinicIds])
    .orderBy('seq')
    .execute();
  for (const row of rows) {
    const record = parseRecordBody(row.body);
    if (record.kind !== 'revocation' || !certificateIds.has(record.certificateId)) continue;
    if (found.has(record.certificateId)) continue;
    found.set(record.certificateId, {
      reason: record.reason,
      note: record.note ?? null,
      at: record.at,
    });
  }
  return found;
}

/** Who replaced a certificate: its correction, else its latest reprint. */
function supersessionOf(
  certificate: CertificateRecord,
  family: readonly CertificateRecord[],
): FoundCertificate['supersededBy'] {
  const correction = family.find((other) => other.supersedes === certificate.id);
  if (correction !== undefined) {
    return {
      kind: 'correction',
      id: correction.id,
      number: correction.number,
      issuedAt: correction.issuedAt,
    };
  }
  const reprints = family
    .filter((other) => other.duplicateOf === certificate.id)
    .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));
  const reprint = reprints[0];
  return reprint === undefined
    ? null
    : { kind: 'duplicate', id: reprint.id, number: reprint.number, issuedAt: reprint.issuedAt };
}

/** Revoked wins (a reprint shares its original's QR, so its original's revocation); then superseded. */
export function certificateStateOf(
  revocation: RevocationFacts | null,
  supersededBy: FoundCertificate['supersededBy'],
): CertificateState {
  if (revocation !== null) return 'revoked';
  return supersededBy === null ? 'valid' : 'superseded';
}

export async function searchCertificates(
  db: RegisterDb,
  query: CertificateQuery,
): Promise<Omit<CertificateSearch, 'query'>> {
  let matched: CertificateRecord[];
  const persons = new Map<string, PersonRecord>();
  const families = new Map<string, CertificateRecord[]>();
  const familyKey = (c: { clinicId: string; personId: string }) => `${c.clinicId}/${c.personId}`;
  let voidedQuery: VoidedCardQuery;
  if (query.kind === 'snils') {
    matched = [];
    const found = await personsBySnils(db, query.value);
    voidedQuery = { kind: 'persons', persons: found };
    for (const person of found) {
      persons.set(person.id, person);
      const family = await certificatesOfPerson(db, person.clinicId, person.id);
      families.set(familyKey({ clinicId: person.clinicId, personId: person.id }), family);
      matched.push(...family);
    }
  } else {
    voidedQuery = { kind: 'number', number: query.value };
    matched = await certificatesByNumber(db, query.value);
    for (const certificate of matched) {
      const key = familyKey(certificate);
      if (!families.has(key)) {
        families.set(
          key,
          await certificatesOfPerson(db, certificate.clinicId, certificate.personId),
        );
      }
    }
    const personIds = matched.map((c) => c.personId);
    if (personIds.length > 0) {
      for (const [id, person] of await readPersons(db, personIds)) persons.set(id, person);
    }
  }
  const truncated = matched.length > MAX_FOUND_CERTIFICATES;
  const shown = matched
    .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))
    .slice(0, MAX_FOUND_CERTIFICATES);
  const clinicIds = [...new Set(shown.map((c) => c.clinicId))];
  const clinics = new Map<string, ClinicFacts>(
    clinicIds.length === 0
      ? []
      : (
          await db.kysely
            .selectFrom('clinic')
            .select(['id', 'code', 'name_ru'])
            .where('id', 'in', clinicIds)
            .execute()
        ).map((row) => [row.id, { id: row.id, code: row.code, nameRu: row.name_ru }]),
  );
  // A reprint is revoked with its original: look both up.
  const revocationKeys = new Set(shown.flatMap((c) => [c.id, c.duplicateOf ?? c.id]));
  const revocations = await revocationsOf(db, clinicIds, revocationKeys);
  const transfers = new Map<string, FoundCertificate['transfer']>();
  for (const clinicId of clinicIds) {
    const ids = shown.filter((c) => c.clinicId === clinicId).map((c) => c.id);
    for (const answer of await certificateTransfers(db, clinicId, ids)) {
      transfers.set(answer.id, answer.items);
    }
  }
  const certificates = shown.flatMap((certificate): FoundCertificate[] => {
    const clinic = clinics.get(certificate.clinicId);
    const person = persons.get(certificate.personId);
    // A certificate always arrives after its person and belongs to a listed clinic.
    if (clinic === undefined || person === undefined) return [];
    const revocation =
      revocations.get(certificate.id) ??
      (certificate.duplicateOf === undefined
        ? undefined
        : revocations.get(certificate.duplicateOf));
    const supersededBy = supersessionOf(certificate, families.get(familyKey(certificate)) ?? []);
    return [
      {
        id: certificate.id,
        number: certificate.number,
        clinic,
        person: { fullName: fullNameOf(person), birthDate: person.birthDate },
        issuedAt: certificate.issuedAt,
        decision: certificate.decision,
        validUntil: certificate.validUntil ?? null,
        duplicateOf: certificate.duplicateOf ?? null,
        revocation: revocation ?? null,
        supersededBy,
        state: certificateStateOf(revocation ?? null, supersededBy),
        transfer: transfers.get(certificate.id) ?? [],
      },
    ];
  });
  // A card voided while the register held no version of its certificate: should the
  // certificate arrive after all, the certificate's own row says what stands.
  const held = new Set<string>(matched.map((c) => c.id));
  const voidedCards = (await findVoidedCards(db, voidedQuery)).filter(
    (card) => !held.has(card.certificateId),
  );
  return { truncated, certificates, voidedCards };
}
