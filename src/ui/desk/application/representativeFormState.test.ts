import { describe, expect, it } from 'vitest';
import { validateRepresentative } from '../../../core/person/representativeDraft';
import type { CalendarDate } from '../../../core/records/calendarDate';
import { exampleRepresentative } from '../../../core/records/examples';
import type { RepresentativeForm, RepresentativeTextKey } from './representativeFormState';
import {
  changeRepresentativeBasis,
  changeRepresentativeField,
  changeRepresentativeSex,
  EMPTY_REPRESENTATIVE_FORM,
  representativeErrorsByField,
  representativeFormSchema,
  representativeToForm,
  toRepresentativeDraft,
} from './representativeFormState';

const TODAY = '2026-12-01' as CalendarDate;

function typed(steps: readonly [RepresentativeTextKey, string][]): RepresentativeForm {
  return steps.reduce(
    (form, [field, value]) => changeRepresentativeField(form, field, value),
    EMPTY_REPRESENTATIVE_FORM,
  );
}

describe('the representative form', () => {
  it('declines the name into the genitive once the sex is chosen', () => {
    const form = changeRepresentativeSex(
      typed([
        ['surname', 'Иванова'],
        ['givenName', 'Мария'],
        ['patronymic', 'Петровна'],
      ]),
      'female',
    );
    expect(form.genitive).toBe('Ивановой Марии Петровны');
    expect(toRepresentativeDraft(form).genitive).toBe('');
  });

  it('writes in the child’s birth certificate when a parent is chosen and the field is empty', () => {
    const form = changeRepresentativeBasis(EMPTY_REPRESENTATIVE_FORM, 'parent', 'IV-МЮ 123456');
    expect(form.basisDocument).toBe('Свидетельство о рождении IV-МЮ 123456');
    const guardian = changeRepresentativeBasis(EMPTY_REPRESENTATIVE_FORM, 'guardian', 'IV-МЮ 1');
    expect(guardian.basisDocument).toBe('');
    const kept = changeRepresentativeBasis(
      { ...EMPTY_REPRESENTATIVE_FORM, basisDocument: 'Постановление № 5' },
      'parent',
      'IV-МЮ 123456',
    );
    expect(kept.basisDocument).toBe('Постановление № 5');
  });

  it('turns a recorded representative back into a form that validates to the same', () => {
    const mother = exampleRepresentative({ declined: { genitive: 'Ивановой Марьи Петровны' } });
    const form = representativeToForm(mother);
    expect(form.documentIssuedOn).toBe('20.04.2015');
    expect(form.birthDate).toBe('14.07.1988');
    expect(representativeFormSchema.parse(form)).toEqual(form);
    expect(validateRepresentative(toRepresentativeDraft(form), TODAY, 10)).toEqual({
      ok: true,
      value: mother,
    });
  });

  it('names each wrong field once, with its first reason', () => {
    const checked = validateRepresentative(
      toRepresentativeDraft({ ...representativeToForm(exampleRepresentative()), basis: 'trustee' }),
      TODAY,
      10,
    );
    expect(checked.ok ? {} : representativeErrorsByField(checked.errors)).toEqual({
      basis: 'representative-basis-trustee-under-14',
    });
  });

  it('keeps a draft typed before the form asked the date of birth, with the field empty', () => {
    const { birthDate: typedBefore, ...older } = representativeToForm(exampleRepresentative());
    expect(typedBefore).toBe('14.07.1988');
    expect(representativeFormSchema.parse(older)).toEqual({ ...older, birthDate: '' });
  });
});
