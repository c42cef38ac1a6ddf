import { describe, expect, it } from 'vitest';
import { validatePerson } from '../../../core/person/person';
import type { CalendarDate } from '../../../core/records/calendarDate';
import { examplePerson } from '../../../core/records/examples';
import type { PersonForm } from './personFormState';
import {
  changePersonField,
  EMPTY_PERSON_FORM,
  errorsByField,
  personToForm,
  toPersonDraft,
} from './personFormState';

function typed(steps: readonly [Parameters<typeof changePersonField>[1], string][]): PersonForm {
  return steps.reduce(
    (form, [field, value]) => changePersonField(form, field, value),
    EMPTY_PERSON_FORM,
  );
}

describe('the new-person form', () => {
  it('fills the Latin spelling by passport transliteration as the clerk types', () => {
    const form = typed([
      ['surname', 'Щерб'],
      ['surname', 'Щербакова'],
      ['givenName', 'Юлия'],
    ]);
    expect(form.surnameLatin).toBe('SHCHERBAKOVA');
    expect(form.givenNameLatin).toBe('IULIIA');
  });

  it('keeps a Latin spelling the clerk edited, and hands a cleared one back', () => {
    const edited = typed([
      ['givenName', 'Юлия'],
      ['givenNameLatin', 'YULIA'],
      ['givenName', 'Юлия Мария'],
    ]);
    expect(edited.givenNameLatin).toBe('YULIA');
    const cleared = changePersonField(
      changePersonField(edited, 'givenNameLatin', ''),
      'givenName',
      'Юлия',
    );
    expect(cleared.givenNameLatin).toBe('IULIIA');
  });

  it('reads a birth date typed as дд.мм.гггг', () => {
    const form = typed([['birthDate', '14.03.1985']]);
    expect(toPersonDraft(form).birthDate).toBe('1985-03-14');
  });

  it('names each wrong field once, with its first reason', () => {
    const form = typed([
      ['surname', 'Ivanov'],
      ['givenName', 'Анна'],
      ['birthDate', '14.03.2999'],
      ['documentText', '30AB 123456'],
      ['snils', '112-233-445 96'],
    ]);
    const checked = validatePerson(toPersonDraft(form), '2026-11-26' as CalendarDate);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(errorsByField(checked.errors)).toEqual({
      surname: 'name-not-cyrillic',
      sex: 'sex-missing',
      birthDate: 'birth-date-in-future',
      document: 'passport-series-not-digits',
      snils: 'snils-checksum',
    });
  });

  it('turns a stored person back into a form that validates to the same details', () => {
    const person = examplePerson();
    const form = personToForm(person);
    expect(form.birthDate).toBe('31.08.1985');
    expect(form.documentText).toBe('30 05 123456');
    const checked = validatePerson(toPersonDraft(form), '2026-11-26' as CalendarDate);
    expect(checked.ok && checked.value).toEqual({
      surname: person.surname,
      givenName: person.givenName,
      patronymic: person.patronymic,
      surnameLatin: person.surnameLatin,
      givenNameLatin: person.givenNameLatin,
      sex: person.sex,
      birthDate: person.birthDate,
      document: person.document,
      snils: person.snils,
      phone: person.phone,
    });
  });
});
