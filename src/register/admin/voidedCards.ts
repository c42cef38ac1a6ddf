import type { VoidedCard } from '../../core/protocol/adminCertificates';
import { MAX_FOUND_CERTIFICATES, VOIDED_CARD_CAUSES } from '../../core/protocol/adminCertificates';
import { fullNameOf } from '../../core/person/name';
import type { PersonRecord } from '../../core/records/person';
import type { RegisterDb } from '../db/connect';
import { readPersons } from '../export/certificateCases';

// The cards the register voided without holding their certificates (voided_card, migration
// 0018), as the regional administrator's certificate search lists them beside the
// certificates it found (wire shape in core/protocol/adminCertificates.ts):
//
//   by number  the paper's number: "KAM01-T03-2026-000018" → the discarded certificate's row
//   by SNILS   the persons the SNILS found → every card voided for them at their clinic
//
// A row names its holder by id only; the name comes from the person's record when the
// register holds it (a certificate is pushed after its person, so it nearly always does).

type Row = {
  readonly certificate_id: string;
  readonly clinic_id: string;
  readonly person_id: string;
  readonly certificate_number: string;
  readonly issued_at: string;
  readonly tablet_id: string;
  readonly reason: string;
  readonly refusal: string | null;
  readonly voided_at: string;
};

export type VoidedCardQuery =
  | { readonly kind: 'number'; readonly number: string }
  | { readonly kind: 'persons'; readonly persons: readonly PersonRecord[] };

const causeOf = (reason: string) => VOIDED_CARD_CAUSES.find((cause) => cause === reason);

export async function findVoidedCards(
  db: RegisterDb,
  query: VoidedCardQuery,
): Promise<VoidedCard[]> {
  const base = db.kysely
    .selectFrom('voided_card')
    .select([
      'certificate_id',
      'clinic_id',
      'person_id',
      'certificate_number',
      'issued_at',
      'tablet_id',
      'reason',
      'refusal',
      'voided_at',
    ])
    .orderBy('issued_at', 'desc')
    .limit(MAX_FOUND_CERTIFICATES);
  let rows: Row[];
  const persons = new Map<string, PersonRecord>();
  if (query.kind === 'number') {
    rows = await base.where('certificate_number', '=', query.number).execute();
    if (rows.length > 0) {
      for (const [id, person] of await readPersons(
        db,
        rows.map((row) => row.person_id),
      )) {
        persons.set(id, person);
      }
    }
  } else {
    if (query.persons.length === 0) return [];
    for (const person of query.persons) persons.set(person.id, person);
    rows = await base
      .where((eb) =>
        eb.or(
          query.persons.map((person) =>
            eb.and([eb('clinic_id', '=', person.clinicId), eb('person_id', '=', person.id)]),
          ),
        ),
      )
      .execute();
  }
  if (rows.length === 0) return [];
  const clinics = new Map(
    (
      await db.kysely
        .selectFrom('clinic')
        .select(['id', 'code', 'name_ru'])
        .where('id', 'in', [...new Set(rows.map((row) => row.clinic_id))])
        .execute()
    ).map((row) => [row.id, { id: row.id, code: row.code, nameRu: row.name_ru }]),
  );
  const tabletCodes = new Map(
    (
      await db.kysely
        .selectFrom('tablet')
        .select(['id', 'code'])
        .where('id', 'in', [...new Set(rows.map((row) => row.tablet_id))])
        .execute()
    ).map((row) => [row.id, row.code]),
  );
  return rows.flatMap((row): VoidedCard[] => {
    const clinic = clinics.get(row.clinic_id);
    const why = causeOf(row.reason);
    if (clinic === undefined || why === undefined) return [];
    const person = persons.get(row.person_id);
    return [
      {
        certificateId: row.certificate_id,
        number: row.certificate_number,
        clinic,
        // A person id names a person of the certificate's own clinic only.
        person:
          person === undefined || person.clinicId !== row.clinic_id
            ? null
            : { fullName: fullNameOf(person), birthDate: person.birthDate },
        issuedAt: row.issued_at,
        tabletCode: tabletCodes.get(row.tablet_id) ?? null,
        why,
        refusal: row.refusal,
        voidedAt: row.voided_at,
      },
    ];
  });
}
