import { describe, expect, it } from 'vitest';
import { minorStanding } from '../../core/person/minorRules';
import { personDetailsSchema, validatePerson } from '../../core/person/person';
import { representativeSchema } from '../../core/person/representative';
import type { CalendarDate } from '../../core/records/calendarDate';
import { demoPerson, misspelt } from './demoPeople';
import { demoRandom } from './demoRandom';
import { MALE_NAMES } from './russianNames';

const DAY = '2026-11-20' as CalendarDate;

function peopleOf(seed: number, count: number) {
  const random = demoRandom(seed);
  return Array.from({ length: count }, (_, i) => demoPerson(random, DAY, 3 + (i % 80)));
}

describe('demo people', () => {
  it('pass the desk’s own checks: names, SNILS and ОМС checksums, document, issue date', () => {
    for (const { details } of peopleOf(1, 400)) {
      expect(personDetailsSchema.safeParse(details).success).toBe(true);
      const validated = validatePerson(
        {
          surname: details.surname,
          givenName: details.givenName,
          patronymic: details.patronymic ?? '',
          sex: details.sex,
          birthDate: details.birthDate,
          documentType: details.document.type,
          documentText: `${details.document.series ?? ''} ${details.document.number}`,
          documentIssuedOn: details.document.issuedOn ?? '',
          documentIssuedBy: details.document.issuedBy ?? '',
          snils: details.snils ?? '',
          oms: details.oms ?? '',
          phone: details.phone ?? '',
          address: details.address ?? '',
        },
        DAY,
      );
      expect(validated).toMatchObject({ ok: true });
    }
  });

  it('give a patronymic of the person’s sex, and a passport from 14, a birth certificate before', () => {
    const sons = new Set(MALE_NAMES.map(([, son]) => son));
    const daughters = new Set(MALE_NAMES.map(([, , daughter]) => daughter));
    for (const { details } of peopleOf(2, 400)) {
      const patronymic = details.patronymic ?? '';
      expect(details.sex === 'male' ? sons.has(patronymic) : daughters.has(patronymic)).toBe(true);
      const age = minorStanding(details.birthDate, DAY).age;
      if (age < 14) expect(details.document.type).toBe('birth-certificate');
      if (age >= 15) expect(details.document.type).toBe('ru-passport');
    }
  });

  it('bring a parent as representative exactly when under 18; a father gives his name', () => {
    for (const { details, representative } of peopleOf(3, 400)) {
      const minor = minorStanding(details.birthDate, DAY).representativeRequired;
      expect(representative !== undefined).toBe(minor);
      if (representative === undefined) continue;
      expect(representativeSchema.safeParse(representative).success).toBe(true);
      // An adult parent, whose date of birth the ИДС names.
      expect(
        representative.birthDate !== undefined && representative.birthDate < details.birthDate,
      ).toBe(true);
      if (representative.sex === 'male') {
        const father = MALE_NAMES.find(([name]) => name === representative.givenName);
        expect([father?.[1], father?.[2]]).toContain(details.patronymic);
      }
    }
  });

  it('are the same for the same seed and differ for another', () => {
    expect(peopleOf(7, 20)).toEqual(peopleOf(7, 20));
    expect(peopleOf(8, 20)).not.toEqual(peopleOf(7, 20));
  });

  it('misspell a surname into another valid name', () => {
    for (const surname of ['Иванов', 'Ким', 'Щербакова', 'Цой']) {
      const typo = misspelt(surname);
      expect(typo).not.toBe(surname);
      expect(personDetailsSchema.shape.surname.safeParse(typo).success).toBe(true);
    }
  });
});
