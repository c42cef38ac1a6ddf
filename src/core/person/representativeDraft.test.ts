import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../records/calendarDate';
import { exampleRepresentative } from '../records/examples';
import { personDetailsSchema, validatePerson } from './person';
import { representativeSchema } from './representative';
import type { RepresentativeDraft } from './representativeDraft';
import {
  basisFitsAge,
  REPRESENTATIVE_MESSAGES,
  validateRepresentative,
} from './representativeDraft';

const TODAY = '2026-12-01' as CalendarDate;

const mother: RepresentativeDraft = {
  surname: 'Иванова',
  givenName: 'Мария',
  patronymic: 'Петровна',
  sex: 'female',
  birthDate: '1988-07-14',
  documentType: 'ru-passport',
  documentText: '30 05 123456',
  documentIssuedOn: '2015-04-20',
  documentIssuedBy: ' УМВД России  по Камчатскому краю ',
  address: 'г. Петропавловск-Камчатский, ул. Ленинская, д. 1, кв. 2',
  phone: '8 914 123-45-67',
  basis: 'parent',
  basisDocument: 'Свидетельство о рождении IV-МЮ 123456 от 01.02.2016',
  genitive: '',
};

describe('validateRepresentative', () => {
  it('returns the stored representative for a correct draft, the issuer tidied', () => {
    const checked = validateRepresentative(mother, TODAY, 10);
    expect(checked).toEqual({
      ok: true,
      value: {
        surname: 'Иванова',
        givenName: 'Мария',
        patronymic: 'Петровна',
        sex: 'female',
        birthDate: '1988-07-14',
        document: {
          type: 'ru-passport',
          series: '3005',
          number: '123456',
          issuedOn: '2015-04-20',
          issuedBy: 'УМВД России по Камчатскому краю',
        },
        address: 'г. Петропавловск-Камчатский, ул. Ленинская, д. 1, кв. 2',
        phone: '+79141234567',
        basis: 'parent',
        basisDocument: 'Свидетельство о рождении IV-МЮ 123456 от 01.02.2016',
      },
    });
    if (!checked.ok) return;
    expect(representativeSchema.parse(checked.value)).toEqual(checked.value);
  });

  it('reports every wrong field at once, each with a ru and en message', () => {
    const checked = validateRepresentative(
      {
        surname: 'Ivanova',
        givenName: '',
        sex: '',
        birthDate: '2027-01-01',
        documentType: 'ru-passport',
        documentText: '30А5 123456',
        documentIssuedOn: '2027-01-01',
        documentIssuedBy: '',
        address: ' ',
        phone: '123',
        basis: '',
        basisDocument: '',
        genitive: 'Ivanovoy',
      },
      TODAY,
      10,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.map((e) => `${e.field}:${e.reason}`)).toEqual([
      'surname:name-not-cyrillic',
      'givenName:name-empty',
      'sex:sex-missing',
      'birthDate:birth-date-in-future',
      'document:passport-series-not-digits',
      'documentIssuedOn:document-issued-on-future',
      'documentIssuedBy:document-issued-by-missing',
      'address:representative-address-missing',
      'phone:phone-format',
      'basis:representative-basis-missing',
      'basisDocument:representative-basis-document-missing',
      'genitive:declined-name-not-cyrillic',
    ]);
    for (const { reason } of checked.errors) {
      expect(REPRESENTATIVE_MESSAGES[reason].ru).not.toBe('');
      expect(REPRESENTATIVE_MESSAGES[reason].en).not.toBe('');
    }
  });

  it('refuses a birth certificate as the representative’s own document', () => {
    const checked = validateRepresentative(
      { ...mother, documentType: 'birth-certificate', documentText: 'IV-МЮ 123456' },
      TODAY,
      10,
    );
    expect(checked).toEqual({
      ok: false,
      errors: [{ field: 'document', reason: 'representative-document-birth-certificate' }],
    });
  });

  it('requires the document’s date of issue and issuer, which the consent must name', () => {
    const checked = validateRepresentative(
      { ...mother, documentIssuedOn: '', documentIssuedBy: '' },
      TODAY,
      10,
    );
    expect(checked.ok ? [] : checked.errors.map((e) => e.reason)).toEqual([
      'document-issued-on-missing',
      'document-issued-by-missing',
    ]);
  });

  it('keeps a hand-corrected genitive only when it differs from the rules’', () => {
    const same = validateRepresentative(
      { ...mother, genitive: 'Ивановой Марии Петровны' },
      TODAY,
      10,
    );
    expect(same.ok && same.value.declined).toBeUndefined();
    const own = validateRepresentative(
      { ...mother, genitive: 'Ивановой Марьи Петровны' },
      TODAY,
      10,
    );
    expect(own.ok && own.value.declined).toEqual({ genitive: 'Ивановой Марьи Петровны' });
  });

  it('refuses a guardian for a child of 14 and names the field', () => {
    const checked = validateRepresentative({ ...mother, basis: 'guardian' }, TODAY, 14);
    expect(checked).toEqual({
      ok: false,
      errors: [{ field: 'basis', reason: 'representative-basis-guardian-from-14' }],
    });
  });
});

describe('basisFitsAge follows ГК РФ ст. 28, 32, 33', () => {
  it.each([
    ['parent', 0, 'ok'],
    ['parent', 17, 'ok'],
    ['adoptive-parent', 9, 'ok'],
    ['adoptive-parent', 16, 'ok'],
    ['guardian', 13, 'ok'],
    ['guardian', 14, 'representative-basis-guardian-from-14'],
    ['trustee', 13, 'representative-basis-trustee-under-14'],
    ['trustee', 14, 'ok'],
    ['trustee', 17, 'ok'],
    ['parent', 18, 'representative-minor-adult'],
  ] as const)('%s of a child of %i: %s', (basis, age, expected) => {
    const fits = basisFitsAge(basis, age);
    expect(fits.ok ? 'ok' : fits.reason).toBe(expected);
  });
});

describe('the identity document’s date of issue and issuer on a person', () => {
  const child = {
    surname: 'Иванов',
    givenName: 'Пётр',
    sex: 'male' as const,
    birthDate: '2016-01-20',
    documentType: 'birth-certificate' as const,
    documentText: 'IV-МЮ 123456',
  };

  it('stores them on the document when both are given', () => {
    const checked = validatePerson(
      { ...child, documentIssuedOn: '2016-02-01', documentIssuedBy: 'Отдел ЗАГС г. Елизово' },
      TODAY,
    );
    expect(checked.ok && checked.value.document).toEqual({
      type: 'birth-certificate',
      series: 'IV-МЮ',
      number: '123456',
      issuedOn: '2016-02-01',
      issuedBy: 'Отдел ЗАГС г. Елизово',
    });
    if (checked.ok) expect(personDetailsSchema.parse(checked.value)).toEqual(checked.value);
  });

  it('leaves them out when neither is given (a person registered before issue #11)', () => {
    const checked = validatePerson(child, TODAY);
    expect(checked.ok && checked.value.document).toEqual({
      type: 'birth-certificate',
      series: 'IV-МЮ',
      number: '123456',
    });
  });

  it.each([
    ['2015-12-31', 'Отдел ЗАГС', 'documentIssuedOn', 'document-issued-on-before-birth'],
    ['2026-12-02', 'Отдел ЗАГС', 'documentIssuedOn', 'document-issued-on-future'],
    ['2016-02-30', 'Отдел ЗАГС', 'documentIssuedOn', 'document-issued-on-format'],
    ['', 'Отдел ЗАГС', 'documentIssuedOn', 'document-issued-on-missing'],
    ['2016-02-01', '', 'documentIssuedBy', 'document-issued-by-missing'],
    ['2016-02-01', 'З'.repeat(201), 'documentIssuedBy', 'document-issued-by-too-long'],
  ])('issued on "%s" by "%s" is refused at %s: %s', (issuedOn, issuedBy, field, reason) => {
    const checked = validatePerson(
      { ...child, documentIssuedOn: issuedOn, documentIssuedBy: issuedBy },
      TODAY,
    );
    expect(checked.ok ? [] : checked.errors).toEqual([{ field, reason }]);
  });

  it('refuses a Russian passport dated before its holder turned 14', () => {
    const checked = validatePerson(
      {
        ...child,
        birthDate: '2000-05-10',
        documentType: 'ru-passport',
        documentText: '30 05 123456',
        documentIssuedOn: '2014-05-09',
        documentIssuedBy: 'УФМС',
      },
      TODAY,
    );
    expect(checked.ok ? [] : checked.errors).toEqual([
      { field: 'documentIssuedOn', reason: 'document-issued-on-before-14' },
    ]);
  });

  it('asks the date of birth the ИДС names, as a real past date', () => {
    const without = validateRepresentative({ ...mother, birthDate: '' }, TODAY, 10);
    expect(without).toEqual({
      ok: false,
      errors: [{ field: 'birthDate', reason: 'birth-date-format' }],
    });
    const slip = validateRepresentative({ ...mother, birthDate: '1826-07-14' }, TODAY, 10);
    expect(slip).toMatchObject({ errors: [{ field: 'birthDate', reason: 'birth-date-too-old' }] });
  });

  it('still reads a representative recorded before the date of birth was asked', () => {
    const recorded = { ...exampleRepresentative(), birthDate: undefined };
    expect(representativeSchema.parse(recorded).birthDate).toBeUndefined();
  });
});
