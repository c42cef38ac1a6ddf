import { describe, expect, it } from 'vitest';
import { validatePerson } from '../../../core/person/person';
import type { CalendarDate } from '../../../core/records/calendarDate';
import { examplePerson } from '../../../core/records/examples';
import type { PersonForm } from './personFormState';
import {
  changePersonField,
  changePersonSex,
  declinedFormsFor,
  EMPTY_PERSON_FORM,
  errorsByField,
  personFormSchema,
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

describe('the genitive form for documents', () => {
  const maria = changePersonSex(
    typed([
      ['surname', 'Иванова'],
      ['givenName', 'Мария'],
      ['patronymic', 'Петровна'],
    ]),
    'female',
  );

  it('waits for the sex, then follows the name by the declension rules', () => {
    const noSex = typed([
      ['surname', 'Иванова'],
      ['givenName', 'Мария'],
    ]);
    expect(noSex.genitive).toBe('');
    expect(maria.genitive).toBe('Ивановой Марии Петровны');
    expect(changePersonField(maria, 'surname', 'Петрова-Водкина').genitive).toBe(
      'Петровой-Водкиной Марии Петровны',
    );
  });

  it('stores nothing when the clerk left the rules’ form as it was', () => {
    expect(declinedFormsFor(maria)).toEqual({ ok: true, value: undefined });
    const retyped = changePersonField(maria, 'genitive', 'Ивановой Марии Петровны');
    expect(declinedFormsFor(retyped)).toEqual({ ok: true, value: undefined });
  });

  it('keeps and stores the clerk’s own form, whatever the name does next', () => {
    const own = changePersonField(maria, 'genitive', 'Ивановой  Марии Петровны-Ким');
    const renamed = changePersonField(own, 'givenName', 'Марина');
    expect(renamed.genitive).toBe('Ивановой  Марии Петровны-Ким');
    expect(declinedFormsFor(renamed)).toEqual({
      ok: true,
      value: { genitive: 'Ивановой Марии Петровны-Ким' },
    });
  });

  it('hands a cleared field back to the rules', () => {
    const own = changePersonField(maria, 'genitive', 'Ивановой Маши');
    const cleared = changePersonField(own, 'genitive', '');
    expect(declinedFormsFor(cleared)).toEqual({ ok: true, value: undefined });
    expect(changePersonField(cleared, 'patronymic', 'Павловна').genitive).toBe(
      'Ивановой Марии Павловны',
    );
  });

  it('refuses a form in Latin letters', () => {
    const latin = changePersonField(maria, 'genitive', 'Ivanovoy Marii');
    expect(declinedFormsFor(latin)).toEqual({ ok: false, reason: 'declined-name-not-cyrillic' });
  });

  it('keeps a stored dative the form does not show', () => {
    expect(declinedFormsFor(maria, { dative: 'Ивановой Марии' })).toEqual({
      ok: true,
      value: { dative: 'Ивановой Марии' },
    });
  });

  it('opens a stored person with their own genitive as the clerk’s, and one without by the rules', () => {
    const own = personToForm(
      examplePerson({ declined: { genitive: 'Щербакова Артёма Ильича-мл' } }),
    );
    expect(own.genitive).toBe('Щербакова Артёма Ильича-мл');
    expect(own.genitiveEdited).toBe(true);
    const plain = personToForm(examplePerson());
    expect(plain.genitive).toBe('Щербакова Артёма Ильича');
    expect(plain.genitiveEdited).toBe(false);
  });

  it('opens a draft saved before the field existed', () => {
    const old = Object.fromEntries(
      Object.entries(maria).filter(([key]) => key !== 'genitive' && key !== 'genitiveEdited'),
    );
    expect(personFormSchema.parse(old)).toMatchObject({ genitive: '', genitiveEdited: false });
  });
});

describe('the identity document’s date of issue and issuer', () => {
  const TODAY = '2026-11-27' as CalendarDate;

  it('reads the date of issue typed as дд.мм.гггг and stores both on the document', () => {
    const form: PersonForm = {
      ...personToForm(examplePerson()),
      documentIssuedOn: '20.09.2005',
      documentIssuedBy: 'ОВД г. Елизово',
    };
    const checked = validatePerson(toPersonDraft(form), TODAY);
    expect(checked.ok && checked.value.document).toEqual({
      type: 'ru-passport',
      series: '3005',
      number: '123456',
      issuedOn: '2005-09-20',
      issuedBy: 'ОВД г. Елизово',
    });
  });

  it('shows a stored date of issue as дд.мм.гггг when the person is edited', () => {
    const form = personToForm(
      examplePerson({
        document: {
          type: 'ru-passport',
          series: '3005',
          number: '123456',
          issuedOn: '2005-09-20' as CalendarDate,
          issuedBy: 'ОВД г. Елизово',
        },
      }),
    );
    expect([form.documentIssuedOn, form.documentIssuedBy]).toEqual([
      '20.09.2005',
      'ОВД г. Елизово',
    ]);
  });

  it('names the date of issue when it is before the birth date', () => {
    const form: PersonForm = {
      ...personToForm(examplePerson()),
      documentIssuedOn: '30.08.1985',
      documentIssuedBy: 'ОВД',
    };
    const checked = validatePerson(toPersonDraft(form), TODAY);
    expect(checked.ok ? {} : errorsByField(checked.errors)).toEqual({
      documentIssuedOn: 'document-issued-on-before-birth',
    });
  });

  it('opens a draft saved before the fields existed, with them empty', () => {
    const old = Object.fromEntries(
      Object.entries(EMPTY_PERSON_FORM).filter(([key]) => !key.startsWith('documentIssued')),
    );
    const parsed = personFormSchema.parse(old);
    expect([parsed.documentIssuedOn, parsed.documentIssuedBy]).toEqual(['', '']);
  });
});
