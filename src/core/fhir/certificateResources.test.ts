import { describe, expect, it } from 'vitest';
import type { CertificateId } from '../ids';
import { exampleCertificate, examplePerson } from '../records/examples';
import type { CertificateCase } from './certificateResources';
import { certificateEntries } from './certificateResources';
import { checkBundle } from './checkBundle';
import { collectionBundle } from './collectionBundle';
import type { Composition, Observation, Patient } from './fhirTypes';

const clinic = { code: 'PKGP3', nameRu: 'ГП № 3', issuerUrl: 'https://register.test' };
const at = new Date('2026-12-01T09:00:00.000Z');

function item(overrides: Partial<CertificateCase> = {}): CertificateCase {
  return { certificate: exampleCertificate(), person: examplePerson(), clinic, ...overrides };
}

function resources(c: CertificateCase) {
  const [patient, observation, composition] = certificateEntries(c).map((e) => e.resource);
  return {
    patient: patient as Patient,
    observation: observation as Observation,
    composition: composition as Composition,
  };
}

describe('FHIR resources of a certificate', () => {
  it('make a collection Bundle that keeps every rule the checker knows', () => {
    const bundle = collectionBundle([item()], at);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.entry).toHaveLength(3);
    expect(checkBundle(JSON.parse(JSON.stringify(bundle)))).toEqual([]);
  });

  it('identify the patient by СНИЛС under its OID and by the passport, Cyrillic name first', () => {
    const { patient } = resources(item());
    expect(patient.identifier[0]).toEqual({
      system: 'urn:oid:1.2.643.100.3',
      value: '11223344595',
    });
    expect(patient.identifier[1]).toMatchObject({
      system: 'https://register.test/fhir/identifier/ru-passport',
      value: '3005 123456',
      type: { coding: [{ code: 'PPN' }] },
    });
    expect(patient.name[0]).toMatchObject({ family: 'Щербаков', given: ['Артём', 'Ильич'] });
    expect(patient.birthDate).toBe('1985-08-31');
  });

  it('leave СНИЛС out for a person who has none', () => {
    const person = examplePerson();
    delete (person as { snils?: string }).snils;
    const { patient } = resources(item({ person }));
    expect(patient.identifier.map((id) => id.system)).not.toContain('urn:oid:1.2.643.100.3');
  });

  it('code the test with the snapshot LOINC, the measured value and a v3 interpretation', () => {
    const { observation } = resources(item());
    expect(observation.code.coding?.[0]).toMatchObject({
      system: 'http://loinc.org',
      code: '99597-7',
    });
    expect(observation.valueQuantity).toEqual({ value: 152.4, unit: 'BAU/ml' });
    expect(observation.interpretation[0]?.coding?.[0]).toMatchObject({ code: 'POS' });
  });

  it('give a qualitative result as a SNOMED CT value, not a quantity', () => {
    const base = exampleCertificate();
    const certificate = exampleCertificate({
      decision: 'absence',
      test: { ...base.test, value: undefined, unit: null, interpretation: 'not-detected' },
    });
    delete (certificate as { validUntil?: string }).validUntil;
    const { observation, composition } = resources(item({ certificate }));
    expect(observation.valueQuantity).toBeUndefined();
    expect(observation.valueCodeableConcept?.coding?.[0]).toMatchObject({ code: '260415000' });
    expect(observation.interpretation[0]?.coding?.[0]).toMatchObject({ code: 'NEG' });
    expect(composition.event[0]?.period.end).toBeUndefined();
    expect(checkBundle(collectionBundle([item({ certificate })], at))).toEqual([]);
  });

  it('state the number, the validity and the conclusion on the Composition', () => {
    const { composition } = resources(item());
    expect(composition.identifier.value).toBe('KAM01-T03-2026-000017');
    expect(composition.event[0]?.period).toEqual({ start: '2026-11-20', end: '2027-05-20' });
    expect(composition.status).toBe('final');
    expect(composition.section[0]?.text.div).toContain('Антитела к SARS-CoV-2 обнаружены');
  });

  it('mark a revoked certificate entered-in-error and a correction as replacing the old number', () => {
    const { composition } = resources(
      item({
        revocation: { reason: 'correction', at: '2026-11-25T00:00:00.000Z' },
        supersedesNumber: 'KAM01-T03-2026-000001',
      }),
    );
    expect(composition.status).toBe('entered-in-error');
    expect(composition.relatesTo?.[0]).toMatchObject({
      code: 'replaces',
      targetIdentifier: { value: 'KAM01-T03-2026-000001' },
    });
  });

  it('hold one Patient and one Observation when a duplicate shares its original’s person and result', () => {
    const original = exampleCertificate();
    const duplicate = exampleCertificate({
      id: '01937a2e-0000-7000-8000-0000000000d1' as CertificateId,
      duplicateOf: original.id,
    });
    const bundle = collectionBundle([item(), item({ certificate: duplicate })], at);
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual([
      'Patient',
      'Observation',
      'Composition',
      'Composition',
    ]);
    expect(checkBundle(bundle)).toEqual([]);
  });
});

describe('the Bundle checker', () => {
  const good = () =>
    JSON.parse(JSON.stringify(collectionBundle([item()], at))) as {
      entry: { fullUrl: string; resource: Record<string, unknown> }[];
    };

  it('refuses an Observation without a LOINC code of an antibody test', () => {
    const bundle = good();
    const observation = bundle.entry[1]?.resource;
    if (observation === undefined) throw new Error('no observation');
    observation['code'] = { coding: [{ system: 'http://example.org', code: 'x' }] };
    expect(checkBundle(bundle)).toContainEqual(
      expect.objectContaining({ path: 'entry.1.resource.code' }),
    );
  });

  it('refuses a Patient without a birth date, or with a date that is not a FHIR date', () => {
    const bundle = good();
    const patient = bundle.entry[0]?.resource;
    if (patient === undefined) throw new Error('no patient');
    patient['birthDate'] = '31.08.1985';
    expect(checkBundle(bundle)).toContainEqual(
      expect.objectContaining({ path: 'entry.0.resource.birthDate' }),
    );
    delete patient['birthDate'];
    expect(checkBundle(bundle).length).toBeGreaterThan(0);
  });

  it('refuses a wrong СНИЛС checksum, a repeated fullUrl and a reference that resolves to nothing', () => {
    const bundle = good();
    const patient = bundle.entry[0]?.resource as { identifier: { value: string }[] };
    const snils = patient.identifier[0];
    if (snils === undefined) throw new Error('no snils');
    snils.value = '11223344596';
    const composition = bundle.entry[2];
    if (composition === undefined) throw new Error('no composition');
    bundle.entry.push(composition);
    bundle.entry.splice(1, 1);
    const paths = checkBundle(bundle).map((p) => p.path);
    expect(paths).toContain('entry.0.resource.identifier.0.value');
    expect(paths).toContain('entry.2.fullUrl');
    expect(paths).toContain('entry.1.resource.section.0.entry.0');
  });

  it('refuses a Composition without its required status', () => {
    const bundle = good();
    delete bundle.entry[2]?.resource['status'];
    expect(checkBundle(bundle)).toContainEqual(
      expect.objectContaining({ path: 'entry.2.resource.status' }),
    );
  });
});
