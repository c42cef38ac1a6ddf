// FHIR content checks on a signed bundle, and the facts a verifier shows. Accepted:
//  - a lab card: an Observation, status final, code from lab-qualitative-test-covid (LOINC),
//    valueCodeableConcept from lab-qualitative-result (SNOMED/LOINC answer) — our certificates;
//  - a vaccination card: an Immunization, status completed, with a vaccineCode — the spec's
//    own examples are such cards and must verify as SHC too (kind "immunization").
// Such cards need exactly one Patient with a name and a birthDate. Any other SHC (e.g. the
// spec's general lab report, example 02, which has no Patient) is authentic but not a COVID-19
// card: kind "other", answered with its own reason so the screen does not show a plain green.
// A COVID-19 Observation that breaks the value sets is malformed, never ignored.
import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import type {
  CardImmunization,
  CardKind,
  CardSubject,
  CardTestResult,
  FailureReason,
} from './verdict';
import { ANTIBODY_TESTS, COVID_LAB_TESTS, LOINC, QUALITATIVE_RESULTS } from './valueSets';

const coding = z.looseObject({ system: z.string(), code: z.string() });
const codeable = z.looseObject({ coding: z.array(z.unknown()).min(1) });
const bundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.literal('collection'),
  entry: z
    .array(
      z.looseObject({
        fullUrl: z.string().regex(/^resource:[0-9]+$/),
        resource: z.looseObject({ resourceType: z.string() }),
      }),
    )
    .min(1),
});
const humanName = z.looseObject({
  family: z.string().min(1).optional(),
  given: z.array(z.string().min(1)).optional(),
});
const patientSchema = z.looseObject({
  name: z.array(humanName).min(1),
  birthDate: z.string().regex(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/),
});
const observationSchema = z.looseObject({
  status: z.string(),
  code: codeable,
  valueCodeableConcept: codeable.optional(),
  effectiveDateTime: z.string().optional(),
  performer: z.array(z.looseObject({ display: z.string().optional() })).optional(),
});
const immunizationSchema = z.looseObject({
  status: z.literal('completed'),
  vaccineCode: codeable,
  occurrenceDateTime: z.string().optional(),
});

export type CardContent = {
  readonly kind: CardKind;
  readonly subject?: CardSubject;
  readonly result?: CardTestResult;
  readonly immunizations?: readonly CardImmunization[];
};

const CYRILLIC = /[\u0400-\u04ff]/;
const ANTIBODY: ReadonlySet<string> = new Set(ANTIBODY_TESTS);

function codings(value: { coding: unknown[] }): z.infer<typeof coding>[] {
  return value.coding.flatMap((c) => {
    const parsed = coding.safeParse(c);
    return parsed.success ? [parsed.data] : [];
  });
}

function subjectOf(patient: z.infer<typeof patientSchema>): Result<CardSubject, FailureReason> {
  const names = patient.name.filter((n) => n.family !== undefined || (n.given ?? []).length > 0);
  const latin = names.find((n) => !CYRILLIC.test(`${n.family ?? ''}${(n.given ?? []).join('')}`));
  const cyrillic = names.find((n) => CYRILLIC.test(`${n.family ?? ''}${(n.given ?? []).join('')}`));
  const first = latin ?? names[0];
  if (first === undefined) return fail('fhir-patient', 'no name');
  const subject: CardSubject = {
    latin: [...(first.given ?? []), first.family ?? ''].join(' ').trim(),
    birthDate: patient.birthDate,
  };
  if (cyrillic === undefined || cyrillic === first) return ok(subject);
  // Russian documents write the surname first: «Иванова Анна Сергеевна».
  const ru = [cyrillic.family ?? '', ...(cyrillic.given ?? [])].join(' ').trim();
  return ok({ ...subject, cyrillic: ru });
}

type LabOutcome =
  | { readonly kind: 'not-covid' }
  | { readonly kind: 'covid'; readonly result: Result<CardTestResult, FailureReason> };

/** Observations that are not COVID-19 tests are ignored; COVID-19 ones must be well formed. */
function labResultOf(resource: unknown): LabOutcome {
  const obs = observationSchema.safeParse(resource);
  if (!obs.success) return { kind: 'not-covid' };
  const test = codings(obs.data.code).find(
    (c) => c.system === LOINC && COVID_LAB_TESTS.has(c.code),
  );
  if (test === undefined) return { kind: 'not-covid' };
  if (obs.data.status !== 'final') {
    return { kind: 'covid', result: fail('fhir-observation-status', obs.data.status) };
  }
  const value = obs.data.valueCodeableConcept;
  const answer =
    value && codings(value).find((c) => QUALITATIVE_RESULTS.has(`${c.system}|${c.code}`));
  if (answer === undefined) return { kind: 'covid', result: fail('fhir-result-code') };
  const key = `${answer.system}|${answer.code}`;
  const performer = obs.data.performer?.find((p) => p.display !== undefined)?.display;
  return {
    kind: 'covid',
    result: ok({
      loinc: test.code,
      loincDisplay: COVID_LAB_TESTS.get(test.code) ?? test.code,
      result: key,
      resultCode: answer.code,
      display: QUALITATIVE_RESULTS.get(key) ?? answer.code,
      ...(obs.data.effectiveDateTime === undefined
        ? {}
        : { effectiveDateTime: obs.data.effectiveDateTime }),
      ...(performer === undefined ? {} : { performer }),
    }),
  };
}

function immunizationsOf(resources: readonly { resourceType: string }[]): CardImmunization[] {
  return resources
    .filter((r) => r.resourceType === 'Immunization')
    .flatMap((r) => {
      const imm = immunizationSchema.safeParse(r);
      if (!imm.success) return [];
      const vaccine = codings(imm.data.vaccineCode)[0];
      if (vaccine === undefined) return [];
      const { occurrenceDateTime } = imm.data;
      return [
        {
          system: vaccine.system,
          code: vaccine.code,
          ...(occurrenceDateTime === undefined ? {} : { occurrenceDateTime }),
        },
      ];
    });
}

export function checkFhirContent(bundle: unknown): Result<CardContent, FailureReason> {
  const parsed = bundleSchema.safeParse(bundle);
  if (!parsed.success) return fail('fhir-bundle', parsed.error.issues[0]?.message);
  const resources = parsed.data.entry.map((e) => e.resource);
  const patients = resources.filter((r) => r.resourceType === 'Patient');
  if (patients.length > 1) return fail('fhir-patient', `${patients.length} patients`);
  let subject: CardSubject | undefined;
  if (patients.length === 1) {
    const patient = patientSchema.safeParse(patients[0]);
    if (!patient.success) return fail('fhir-patient', patient.error.issues[0]?.message);
    const named = subjectOf(patient.data);
    if (!named.ok) return named;
    subject = named.value;
  }

  const covidTests = resources
    .filter((r) => r.resourceType === 'Observation')
    .map(labResultOf)
    .flatMap((o) => (o.kind === 'covid' ? [o.result] : []));
  const broken = covidTests.find((r) => !r.ok);
  if (broken !== undefined) return broken;
  const accepted = covidTests.flatMap((r) => (r.ok ? [r.value] : []));
  const immunizations = immunizationsOf(resources);
  const isCovidCard = accepted.length > 0 || immunizations.length > 0;
  // A COVID-19 card is only worth anything at a door if it says whose it is.
  if (isCovidCard && subject === undefined) return fail('fhir-patient', 'no Patient');

  const result = accepted.find((r) => ANTIBODY.has(r.loinc)) ?? accepted[0];
  const withSubject = subject === undefined ? {} : { subject };
  if (result !== undefined) {
    const kind = ANTIBODY.has(result.loinc) ? 'antibody-test' : 'other-covid-test';
    return ok({ kind, ...withSubject, result });
  }
  if (immunizations.length > 0) return ok({ kind: 'immunization', ...withSubject, immunizations });
  return ok({ kind: 'other', ...withSubject });
}
