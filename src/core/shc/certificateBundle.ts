// The FHIR R4 Bundle inside an antibody certificate card: a Patient and one Observation, with
// the short `resource:N` references SHC requires and nothing the verifier does not show
// (every byte makes the QR denser). Example (minified in the card):
//   {"resourceType":"Bundle","type":"collection","entry":[
//     {"fullUrl":"resource:0","resource":{"resourceType":"Patient","name":[
//       {"family":"IVANOVA","given":["ANNA"]},{"family":"Иванова","given":["Анна","Сергеевна"]}],
//       "birthDate":"1985-03-14"}},
//     {"fullUrl":"resource:1","resource":{"resourceType":"Observation","status":"final",
//       "code":{"coding":[{"system":"http://loinc.org","code":"94563-4"}]},
//       "subject":{"reference":"resource:0"},"effectiveDateTime":"2026-11-20",
//       "performer":[{"display":"ГБУЗ КККБ"}],
//       "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"260373001"}]}}}]}
// Names: the Latin form (as in the passport) comes first, the Cyrillic form second when given.
import { LOINC, SNOMED, type AntibodyResult, type AntibodyTestLoinc } from './valueSets';

export type CertificatePatient = {
  readonly familyLatin: string;
  readonly givenLatin: readonly string[];
  readonly familyCyrillic?: string;
  readonly givenCyrillic?: readonly string[];
  /** YYYY-MM-DD (FHIR date; YYYY or YYYY-MM allowed when the day is unknown). */
  readonly birthDate: string;
};

export type CertificateTest = {
  readonly loinc: AntibodyTestLoinc;
  readonly result: AntibodyResult;
  /** When the sample was taken: FHIR dateTime, e.g. "2026-11-20" or "2026-11-20T09:30:00+12:00". */
  readonly effectiveDateTime: string;
  /** Short name of the clinic (the performer). */
  readonly performer: string;
};

type HumanName = { family: string; given?: string[] };
type Coding = { system: string; code: string };

export type CertificateBundle = {
  resourceType: 'Bundle';
  type: 'collection';
  entry: [
    {
      fullUrl: 'resource:0';
      resource: { resourceType: 'Patient'; name: HumanName[]; birthDate: string };
    },
    {
      fullUrl: 'resource:1';
      resource: {
        resourceType: 'Observation';
        status: 'final';
        code: { coding: [Coding] };
        subject: { reference: 'resource:0' };
        effectiveDateTime: string;
        performer: [{ display: string }];
        valueCodeableConcept: { coding: [Coding] };
      };
    },
  ];
};

function humanName(family: string, given: readonly string[] | undefined): HumanName {
  return given !== undefined && given.length > 0 ? { family, given: [...given] } : { family };
}

export function buildCertificateBundle(
  patient: CertificatePatient,
  test: CertificateTest,
): CertificateBundle {
  const names = [humanName(patient.familyLatin, patient.givenLatin)];
  if (patient.familyCyrillic !== undefined) {
    names.push(humanName(patient.familyCyrillic, patient.givenCyrillic));
  }
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        fullUrl: 'resource:0',
        resource: { resourceType: 'Patient', name: names, birthDate: patient.birthDate },
      },
      {
        fullUrl: 'resource:1',
        resource: {
          resourceType: 'Observation',
          status: 'final',
          code: { coding: [{ system: LOINC, code: test.loinc }] },
          subject: { reference: 'resource:0' },
          effectiveDateTime: test.effectiveDateTime,
          performer: [{ display: test.performer }],
          valueCodeableConcept: { coding: [{ system: SNOMED, code: test.result }] },
        },
      },
    ],
  };
}
