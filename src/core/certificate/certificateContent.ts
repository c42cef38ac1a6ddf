// What a certificate states, made one way for every writer of certificates: the desk when the
// commission issues (src/desk/issueCertificate.ts) and the register's demo data
// (src/register/demo/). Two copies of these mappings would drift — a card naming the
// performer one way on the tablet and another in the demo, or a test snapshot without the
// kit's РУ — and the verifier and the print would disagree with one of them.
import type { Clinic } from '../clinic/settings';
import type { Kit } from '../lab/kit';
import type { PersonDetails } from '../person/person';
import type { CalendarDate } from '../records/calendarDate';
import type { CertificateRecord, Decision } from '../records/certificate';
import type { ResultRecord } from '../records/result';
import type { CertificateCardInput } from '../shc/issueCard';
import type { AntibodyTestLoinc } from '../shc/valueSets';
import { DETECTED, NOT_DETECTED } from '../shc/valueSets';

/**
 * The card's performer: the clinic's short card name (every character costs QR capacity, see
 * docs/SHC.md), or its full Russian name when the clinic has set none.
 */
export function performerOf(clinic: Clinic): string {
  return clinic.settings.cardName ?? clinic.nameRu;
}

/**
 * The card's content: the person's Latin and Cyrillic names (given name and patronymic as
 * given names), the kit's LOINC code, detected / not detected, the sample's day, the performer.
 */
export function cardInputOf(request: {
  readonly clinic: Clinic;
  readonly person: PersonDetails;
  readonly loinc: AntibodyTestLoinc;
  readonly decision: Decision;
  readonly sampleDate: CalendarDate;
  readonly nbf: number;
  readonly exp: number;
  readonly rid: string;
}): CertificateCardInput {
  const { person } = request;
  return {
    patient: {
      familyLatin: person.surnameLatin,
      givenLatin: [person.givenNameLatin],
      familyCyrillic: person.surname,
      givenCyrillic:
        person.patronymic === undefined
          ? [person.givenName]
          : [person.givenName, person.patronymic],
      birthDate: person.birthDate,
    },
    test: {
      loinc: request.loinc,
      result: request.decision === 'presence' ? DETECTED : NOT_DETECTED,
      effectiveDateTime: request.sampleDate,
      performer: performerOf(request.clinic),
    },
    issuer: request.clinic.issuerUrl,
    nbf: request.nbf,
    exp: request.exp,
    rid: request.rid,
  };
}

/** The test as the certificate keeps it, copied at issue so a renamed kit never changes it. */
export function testSnapshotOf(
  kit: Kit,
  result: Pick<ResultRecord, 'value' | 'interpretation'>,
  loinc: string,
  sampleDate: CalendarDate,
): CertificateRecord['test'] {
  return {
    kitId: kit.id,
    kitName: kit.name,
    antibodyClass: kit.antibodyClass,
    target: kit.target,
    method: kit.method,
    loinc,
    ...(result.value === undefined ? {} : { value: result.value }),
    unit: kit.unit,
    interpretation: result.interpretation,
    sampleDate,
    ...(kit.manufacturer === undefined ? {} : { manufacturer: kit.manufacturer }),
    ...(kit.registrationNumber === undefined ? {} : { registrationNumber: kit.registrationNumber }),
  };
}
