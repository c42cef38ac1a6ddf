import { describe, expect, it } from 'vitest';
import { FIELD_TOO_LONG, TEXT_LIMITS } from '../records/base';
import { examplePerson } from '../records/examples';
import { clinicRecordSchema } from '../records/record';
import { parseDeclinedFullName } from './declinedForms';

function issuesOf(record: unknown): string[] {
  const parsed = clinicRecordSchema.safeParse(record);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the declined forms on a person record', () => {
  it('accepts a person with a genitive form the clerk wrote, and one with none', () => {
    expect(issuesOf(examplePerson())).toEqual([]);
    expect(issuesOf(examplePerson({ declined: { genitive: 'Щербакова Артёма Ильича' } }))).toEqual(
      [],
    );
  });

  it('refuses a form longer than a name may be, naming the field', () => {
    const long = 'я'.repeat(TEXT_LIMITS.name + 1);
    expect(issuesOf(examplePerson({ declined: { dative: long } }))).toEqual([
      `declined.dative: ${FIELD_TOO_LONG}`,
    ]);
    expect(issuesOf(examplePerson({ declined: { dative: 'я'.repeat(TEXT_LIMITS.name) } }))).toEqual(
      [],
    );
  });

  it('refuses a form in Latin letters', () => {
    expect(issuesOf(examplePerson({ declined: { genitive: 'Shcherbakova' } }))).toEqual([
      'declined.genitive: declined-name-not-cyrillic',
    ]);
  });
});

describe('parseDeclinedFullName', () => {
  it('tidies spaces and the typographic apostrophe', () => {
    expect(parseDeclinedFullName('  Д’Артаньяна   Шарля ')).toEqual({
      ok: true,
      value: "Д'Артаньяна Шарля",
    });
  });

  it('reads a blank field as no form', () => {
    expect(parseDeclinedFullName('   ')).toEqual({ ok: true, value: '' });
  });

  it('refuses Latin letters and digits', () => {
    expect(parseDeclinedFullName('Ivanovoy Marii')).toMatchObject({
      ok: false,
      reason: 'declined-name-not-cyrillic',
    });
    expect(parseDeclinedFullName('Ивановой 2')).toMatchObject({
      ok: false,
      reason: 'declined-name-not-cyrillic',
    });
  });

  it('refuses a form longer than a name may be', () => {
    expect(parseDeclinedFullName('я'.repeat(TEXT_LIMITS.name + 1))).toMatchObject({
      ok: false,
      reason: 'declined-name-too-long',
    });
  });
});
