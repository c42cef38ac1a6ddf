import { describe, expect, it } from 'vitest';
import { clinicSchema } from '../clinic/settings';
import type { CalendarDate } from '../records/calendarDate';
import { examplePerson } from '../records/examples';
import { exampleKit } from '../clinic/examples';
import { cardInputOf, performerOf, testSnapshotOf } from './certificateContent';

const sampleDate = '2026-11-20' as CalendarDate;
const clinic = clinicSchema.parse({
  id: '0193a1c0-7a00-7000-8000-0000000000c1',
  code: 'PKGP3',
  nameRu: 'ГБУЗ «Петропавловск-Камчатская городская поликлиника № 3»',
  nameEn: 'Petropavlovsk-Kamchatsky City Polyclinic No. 3',
  address: 'г. Петропавловск-Камчатский',
  issuerUrl: 'https://register.example',
  settings: {
    cardName: 'ГП № 3, П.-Камчатский',
    priceList: [],
    kits: [],
    policy: { presenceMonths: 6, absenceCardDays: 30, maxSampleAgeDays: 14, utcOffsetMinutes: 720 },
  },
});

describe('what a certificate states, shared by the desk and the demo data', () => {
  it('names the performer by the short card name, else the full name', () => {
    expect(performerOf(clinic)).toBe('ГП № 3, П.-Камчатский');
    const settings = { ...clinic.settings };
    delete settings.cardName;
    expect(performerOf({ ...clinic, settings })).toBe(clinic.nameRu);
  });

  it('gives the card the Latin and Cyrillic names, the patronymic as a given name, and the result', () => {
    const person = examplePerson();
    const input = cardInputOf({
      clinic,
      person,
      loinc: '94563-4',
      decision: 'absence',
      sampleDate,
      nbf: 1,
      exp: 2,
      rid: 'abc',
    });
    expect(input.patient).toEqual({
      familyLatin: person.surnameLatin,
      givenLatin: [person.givenNameLatin],
      familyCyrillic: person.surname,
      givenCyrillic:
        person.patronymic === undefined
          ? [person.givenName]
          : [person.givenName, person.patronymic],
      birthDate: person.birthDate,
    });
    expect(input.test.result).toBe('260415000');
    expect(input.test.performer).toBe('ГП № 3, П.-Камчатский');
  });

  it('copies the kit’s manufacturer and РУ into the test snapshot, and omits a missing value', () => {
    const kit = exampleKit({
      manufacturer: 'АО «Вектор-Бест»',
      registrationNumber: 'РЗН 2020/10393',
    });
    const snapshot = testSnapshotOf(kit, { interpretation: 'detected' }, '94563-4', sampleDate);
    expect(snapshot).toMatchObject({
      kitId: kit.id,
      manufacturer: 'АО «Вектор-Бест»',
      registrationNumber: 'РЗН 2020/10393',
      sampleDate,
    });
    expect('value' in snapshot).toBe(false);
  });
});
