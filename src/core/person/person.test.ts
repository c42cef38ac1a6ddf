import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../records/calendarDate';
import type { PersonDraft } from './person';
import { PERSON_MESSAGES, personDetailsSchema, validatePerson } from './person';

const TODAY = '2026-11-27' as CalendarDate;

const draft: PersonDraft = {
  surname: ' Щербаков ',
  givenName: 'Артём',
  patronymic: 'Ильич',
  sex: 'male',
  birthDate: '1985-08-31',
  documentType: 'ru-passport',
  documentText: '30 05 123456',
  snils: '112-233-445 95',
  oms: '5152 5376 7599 1331',
  phone: '8 914 123-45-67',
  address: '',
};

describe('validatePerson', () => {
  it('returns the canonical person for a correct draft, with the Latin spelling filled in', () => {
    const result = validatePerson(draft, TODAY);
    expect(result).toEqual({
      ok: true,
      value: {
        surname: 'Щербаков',
        givenName: 'Артём',
        patronymic: 'Ильич',
        surnameLatin: 'SHCHERBAKOV',
        givenNameLatin: 'ARTEM',
        sex: 'male',
        birthDate: '1985-08-31',
        document: { type: 'ru-passport', series: '3005', number: '123456' },
        snils: '11223344595',
        oms: '5152537675991331',
        phone: '+79141234567',
      },
    });
    if (result.ok) expect(personDetailsSchema.safeParse(result.value).success).toBe(true);
  });

  it('keeps a Latin spelling the clerk typed from the citizen’s passport', () => {
    const result = validatePerson({ ...draft, givenNameLatin: 'artyom' }, TODAY);
    expect(result.ok && result.value.givenNameLatin).toBe('ARTYOM');
  });

  it('reports every wrong field at once, each with its own reason', () => {
    const result = validatePerson(
      {
        ...draft,
        surname: 'Shcherbakov',
        sex: '',
        birthDate: '2026-11-28',
        documentText: '3O 05 123456',
        snils: '112-233-445 96',
        oms: '5152 5376 7599 1332',
        phone: '12-34-56',
      },
      TODAY,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'surname', reason: 'name-not-cyrillic' },
        { field: 'sex', reason: 'sex-missing' },
        { field: 'birthDate', reason: 'birth-date-in-future' },
        { field: 'document', reason: 'passport-series-not-digits' },
        { field: 'snils', reason: 'snils-checksum' },
        { field: 'oms', reason: 'oms-checksum' },
        { field: 'phone', reason: 'phone-format' },
      ],
    });
  });

  it('accepts a birth date of today and of exactly 120 years ago', () => {
    expect(validatePerson({ ...draft, birthDate: '2026-11-27' }, TODAY).ok).toBe(true);
    expect(validatePerson({ ...draft, birthDate: '1906-11-27' }, TODAY).ok).toBe(true);
  });

  it('rejects a birth date a day in the future', () => {
    expect(validatePerson({ ...draft, birthDate: '2026-11-28' }, TODAY)).toEqual({
      ok: false,
      errors: [{ field: 'birthDate', reason: 'birth-date-in-future' }],
    });
  });

  it('rejects a birth date more than 120 years ago', () => {
    expect(validatePerson({ ...draft, birthDate: '1906-11-26' }, TODAY)).toEqual({
      ok: false,
      errors: [{ field: 'birthDate', reason: 'birth-date-too-old' }],
    });
  });

  it('rejects a birth date that is not a real day', () => {
    expect(validatePerson({ ...draft, birthDate: '1985-02-29' }, TODAY)).toEqual({
      ok: false,
      errors: [{ field: 'birthDate', reason: 'birth-date-format' }],
    });
    expect(validatePerson({ ...draft, birthDate: '31.08.1985' }, TODAY).ok).toBe(false);
  });

  it('does not report the derived Latin spelling when the Cyrillic name is already wrong', () => {
    const result = validatePerson({ ...draft, givenName: '' }, TODAY);
    expect(result).toEqual({ ok: false, errors: [{ field: 'givenName', reason: 'name-empty' }] });
  });

  it('rejects a Latin spelling with letters outside A–Z', () => {
    const result = validatePerson({ ...draft, surnameLatin: 'ŠČERBAKOV' }, TODAY);
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'surnameLatin', reason: 'latin-name-not-latin' }],
    });
  });

  it('accepts hyphens, spaces and apostrophes in Cyrillic names', () => {
    const result = validatePerson({ ...draft, surname: "Д'Артаньян-Оглы", patronymic: '' }, TODAY);
    expect(result.ok && result.value.surnameLatin).toBe('DARTANIAN-OGLY');
    expect(result.ok && 'patronymic' in result.value).toBe(false);
  });

  it('has a Russian and an English message for every reason', () => {
    for (const message of Object.values(PERSON_MESSAGES)) {
      expect(message.ru).toMatch(/[а-яё]/i);
      expect(message.en).toMatch(/^[A-Z]/);
      expect(message.en).not.toBe(message.ru);
    }
  });
});
