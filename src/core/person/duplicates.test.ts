import { describe, expect, it } from 'vitest';
import type { PersonId } from '../ids';
import type { CalendarDate } from '../records/calendarDate';
import type { ExistingPerson } from './duplicates';
import { findDuplicates } from './duplicates';

const id = (n: number) => `0193a0b0-0000-7000-8000-${String(n).padStart(12, '0')}` as PersonId;

const existing: ExistingPerson = {
  id: id(1),
  surname: 'Королёва',
  givenName: 'Дарья',
  birthDate: '1990-05-04' as CalendarDate,
  document: { type: 'ru-passport', series: '3010', number: '654321' },
  snils: '11223344595',
};

const stranger = {
  surname: 'Иванова',
  givenName: 'Анна',
  birthDate: '1991-01-01' as CalendarDate,
  document: { type: 'ru-passport' as const, series: '3011', number: '111111' },
};

describe('findDuplicates', () => {
  it('finds nobody for a different person', () => {
    expect(findDuplicates(stranger, [existing])).toEqual([]);
  });

  it('flags the same SNILS', () => {
    expect(findDuplicates({ ...stranger, snils: '11223344595' }, [existing])).toEqual([
      { personId: id(1), reasons: ['same-snils'] },
    ]);
  });

  it('flags the same document type, series and number', () => {
    expect(findDuplicates({ ...stranger, document: existing.document }, [existing])).toEqual([
      { personId: id(1), reasons: ['same-document'] },
    ]);
  });

  it('does not flag the same series and number under another document type', () => {
    const other = { ...stranger, document: { ...existing.document, type: 'other' as const } };
    expect(findDuplicates(other, [existing])).toEqual([]);
  });

  it('flags the same name and birth date, reading ё as е and ignoring case', () => {
    const candidate = {
      ...stranger,
      surname: 'КОРОЛЕВА',
      givenName: 'дарья',
      birthDate: existing.birthDate,
    };
    expect(findDuplicates(candidate, [existing])).toEqual([
      { personId: id(1), reasons: ['same-name-and-birth-date'] },
    ]);
  });

  it('does not flag the same name with another birth date', () => {
    expect(
      findDuplicates({ ...stranger, surname: 'Королёва', givenName: 'Дарья' }, [existing]),
    ).toEqual([]);
  });

  it('lists every reason and puts the strongest match first', () => {
    const weak: ExistingPerson = {
      ...existing,
      id: id(2),
      snils: undefined,
      document: stranger.document,
    };
    const matches = findDuplicates({ ...existing }, [weak, existing]);
    expect(matches).toEqual([
      { personId: id(1), reasons: ['same-snils', 'same-document', 'same-name-and-birth-date'] },
      { personId: id(2), reasons: ['same-name-and-birth-date'] },
    ]);
  });

  it('does not match the person being edited with themselves', () => {
    expect(findDuplicates(existing, [existing], existing.id)).toEqual([]);
  });
});
