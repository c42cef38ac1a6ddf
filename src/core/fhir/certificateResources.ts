// One certificate as FHIR R4 resources: the Patient, the Observation of the antibody test
// the certificate rests on, and a Composition for the certificate itself (its number,
// validity and the commission's conclusion). Pure: the CSV/XLSX/FHIR export of the register
// CLI uses it now, the transfer connectors of issue #12 later. A Composition is used because
// the certificate is a document a commission attests, not a further measurement; see
// docs/DECISIONS.md. Example of one certificate's entries (abridged):
//
//   {"fullUrl":"urn:uuid:0193…p1","resource":{"resourceType":"Patient","id":"0193…p1",
//    "identifier":[{"system":"urn:oid:1.2.643.100.3","value":"11223344595"},…],
//    "name":[{"use":"official","family":"Иванова","given":["Анна","Сергеевна"],…}],
//    "gender":"female","birthDate":"1985-03-14"}}
//   {"fullUrl":"urn:uuid:0193…r1","resource":{"resourceType":"Observation","status":"final",
//    "code":{"coding":[{"system":"http://loinc.org","code":"99597-7",…}]},
//    "valueQuantity":{"value":152.4,"unit":"BAU/ml"},"interpretation":[{"coding":[{…"POS"}]}],…}}
//   {"fullUrl":"urn:uuid:0193…c1","resource":{"resourceType":"Composition","status":"final",
//    "identifier":{"system":"https://…/fhir/identifier/certificate-number",
//                  "value":"KAM01-T03-2026-000017"},
//    "event":[{"period":{"start":"2026-11-20","end":"2027-05-20"}}],"section":[…],…}}
import type { PersonRecord } from '../records/person';
import type { CertificateRecord } from '../records/certificate';
import type { RevocationRecord } from '../records/revocation';
import type { Interpretation } from '../lab/interpret';
import { snomedForInterpretation } from '../lab/snomed';
import { ANTIBODY_LOINC } from '../lab/loinc';
import type {
  BundleEntry,
  CodeableConcept,
  Composition,
  Identifier,
  Observation,
  Patient,
} from './fhirTypes';
import {
  IDENTIFIER_TYPE_SYSTEM,
  INTERPRETATION_SYSTEM,
  issuerIdentifierSystem,
  LAB_REPORT_DOCUMENT_TYPE,
  LOINC_SYSTEM,
  OBSERVATION_CATEGORY_SYSTEM,
  SNILS_SYSTEM,
} from './systems';

/** Everything one certificate's resources are made of. */
export type CertificateCase = {
  readonly certificate: CertificateRecord;
  readonly person: PersonRecord;
  readonly clinic: { readonly code: string; readonly nameRu: string; readonly issuerUrl: string };
  /** The certificate's revocation, if it has one. */
  readonly revocation?: Pick<RevocationRecord, 'reason' | 'at'>;
  /** The number of the certificate this one corrects (its `supersedes`), when known. */
  readonly supersedesNumber?: string;
};

export const CERTIFICATE_NUMBER_SYSTEM_NAME = 'certificate-number';

/** "urn:uuid:0193…": a record id as a Bundle fullUrl and as the target of references. */
export function entryUrl(id: string): string {
  return `urn:uuid:${id}`;
}

const DOCUMENT_TYPE_CODES: Readonly<
  Record<PersonRecord['document']['type'], { code?: string; ru: string }>
> = {
  'ru-passport': { code: 'PPN', ru: 'Паспорт гражданина Российской Федерации' },
  'foreign-passport': { code: 'PPN', ru: 'Заграничный паспорт' },
  'birth-certificate': { code: 'BCT', ru: 'Свидетельство о рождении' },
  other: { ru: 'Иной документ, удостоверяющий личность' },
};

function documentIdentifier(person: PersonRecord, issuerUrl: string): Identifier {
  const { type, series, number } = person.document;
  const known = DOCUMENT_TYPE_CODES[type];
  const concept: CodeableConcept =
    known.code === undefined
      ? { text: known.ru }
      : { coding: [{ system: IDENTIFIER_TYPE_SYSTEM, code: known.code }], text: known.ru };
  return {
    use: 'official',
    type: concept,
    system: issuerIdentifierSystem(issuerUrl, type),
    value: series === undefined ? number : `${series} ${number}`,
  };
}

export function patientOf(person: PersonRecord, issuerUrl: string): Patient {
  const given =
    person.patronymic === undefined ? [person.givenName] : [person.givenName, person.patronymic];
  return {
    resourceType: 'Patient',
    id: person.id,
    identifier: [
      ...(person.snils === undefined ? [] : [{ system: SNILS_SYSTEM, value: person.snils }]),
      documentIdentifier(person, issuerUrl),
    ],
    name: [
      {
        use: 'official',
        text: [person.surname, ...given].join(' '),
        family: person.surname,
        given,
      },
      { use: 'usual', family: person.surnameLatin, given: [person.givenNameLatin] },
    ],
    gender: person.sex,
    birthDate: person.birthDate,
  };
}

const INTERPRETATION_CODES: Readonly<Record<Interpretation, { code: string; display: string }>> = {
  detected: { code: 'POS', display: 'Positive' },
  'not-detected': { code: 'NEG', display: 'Negative' },
  equivocal: { code: 'IND', display: 'Indeterminate' },
};

export function observationOf(certificate: CertificateRecord): Observation {
  const { test } = certificate;
  const display = (ANTIBODY_LOINC as Readonly<Record<string, string>>)[test.loinc];
  const interpretation = INTERPRETATION_CODES[test.interpretation];
  // A quantitative kit states the measured value; a qualitative one only detected or not,
  // which is then the value itself (SNOMED, as on the SMART Health Card).
  const value =
    test.value !== undefined && test.unit !== null
      ? { valueQuantity: { value: test.value, unit: test.unit } }
      : { valueCodeableConcept: { coding: [snomedForInterpretation(test.interpretation)] } };
  return {
    resourceType: 'Observation',
    id: certificate.resultId,
    status: 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY_SYSTEM, code: 'laboratory' }] }],
    code: {
      coding: [
        { system: LOINC_SYSTEM, code: test.loinc, ...(display === undefined ? {} : { display }) },
      ],
      text: test.kitName,
    },
    subject: { reference: entryUrl(certificate.personId) },
    effectiveDateTime: test.sampleDate,
    ...value,
    interpretation: [{ coding: [{ system: INTERPRETATION_SYSTEM, ...interpretation }] }],
    method: { text: test.method },
    device: { display: test.kitName },
  };
}

const DECISION_TITLES: Readonly<Record<CertificateRecord['decision'], string>> = {
  presence: 'Справка о наличии антител к SARS-CoV-2',
  absence: 'Справка об отсутствии антител к SARS-CoV-2',
};

const CONCLUSIONS: Readonly<Record<CertificateRecord['decision'], string>> = {
  presence: 'Антитела к SARS-CoV-2 обнаружены',
  absence: 'Антитела к SARS-CoV-2 не обнаружены',
};

/** Text for an XHTML narrative: the five characters XML reserves, escaped. */
function xhtmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function compositionOf(item: CertificateCase): Composition {
  const { certificate, clinic } = item;
  const numberSystem = issuerIdentifierSystem(clinic.issuerUrl, CERTIFICATE_NUMBER_SYSTEM_NAME);
  const revoked = item.revocation;
  const conclusion =
    CONCLUSIONS[certificate.decision] +
    (certificate.validUntil === undefined ? '' : `; действительна по ${certificate.validUntil}`) +
    (revoked === undefined ? '' : `; отозвана ${revoked.at.slice(0, 10)} (${revoked.reason})`);
  return {
    resourceType: 'Composition',
    id: certificate.id,
    identifier: { system: numberSystem, value: certificate.number },
    // A revoked certificate must no longer be relied upon: FHIR's word for that.
    status: revoked === undefined ? 'final' : 'entered-in-error',
    type: { coding: [LAB_REPORT_DOCUMENT_TYPE], text: DECISION_TITLES[certificate.decision] },
    subject: { reference: entryUrl(certificate.personId) },
    date: certificate.issuedAt,
    author: [{ display: `Врачебная комиссия, ${clinic.nameRu}` }],
    title:
      certificate.duplicateOf === undefined
        ? DECISION_TITLES[certificate.decision]
        : `${DECISION_TITLES[certificate.decision]} (дубликат)`,
    attester: [{ mode: 'professional', time: certificate.issuedAt }],
    custodian: { display: `${clinic.nameRu} (${clinic.code})` },
    ...(item.supersedesNumber === undefined
      ? {}
      : {
          relatesTo: [
            {
              code: 'replaces' as const,
              targetIdentifier: { system: numberSystem, value: item.supersedesNumber },
            },
          ],
        }),
    event: [
      {
        period: {
          start: certificate.test.sampleDate,
          ...(certificate.validUntil === undefined ? {} : { end: certificate.validUntil }),
        },
      },
    ],
    section: [
      {
        title: 'Заключение комиссии',
        code: {
          coding: [{ system: LOINC_SYSTEM, code: '55110-1', display: 'Conclusions Document' }],
        },
        text: {
          status: 'generated',
          div: `<div xmlns="http://www.w3.org/1999/xhtml">${xhtmlText(conclusion)}</div>`,
        },
        entry: [{ reference: entryUrl(certificate.resultId) }],
      },
    ],
  };
}

/** The three entries of one certificate, in the order a reader meets them. */
export function certificateEntries(item: CertificateCase): BundleEntry[] {
  return [
    { fullUrl: entryUrl(item.person.id), resource: patientOf(item.person, item.clinic.issuerUrl) },
    { fullUrl: entryUrl(item.certificate.resultId), resource: observationOf(item.certificate) },
    { fullUrl: entryUrl(item.certificate.id), resource: compositionOf(item) },
  ];
}
