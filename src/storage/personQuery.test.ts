import { describe, expect, it } from 'vitest';
import { impossibleDateIn, parsePersonQuery, parseSearchDate } from './personQuery';

describe('reading what the clerk typed into the patient search', () => {
  it('reads a surname and a date of birth typed together, in either order and either form', () => {
    const born = { kind: 'prefix-born', name: 'иванова', birthDate: '1985-03-12' };
    expect(parsePersonQuery('Иванова 12.03.1985')?.byName).toEqual(born);
    expect(parsePersonQuery('  ИВАНОВА   1985-03-12 ')?.byName).toEqual(born);
    expect(parsePersonQuery('12.03.1985 Иванова')?.byName).toEqual(born);
    expect(parsePersonQuery('Иванова Мария 12.03.1985')?.byName).toEqual({
      ...born,
      name: 'иванова мария',
    });
    expect(parsePersonQuery('ivanova 1985-03-12')?.byName).toEqual({ ...born, name: 'ivanova' });
  });

  it('keeps searching by the surname while the date beside it is still being typed', () => {
    for (const typing of ['Иванова 1', 'Иванова 12.', 'Иванова 12.03', 'Иванова 12.03.198']) {
      expect(parsePersonQuery(typing)?.byName).toEqual({ kind: 'prefix', name: 'иванова' });
    }
  });

  it('names a whole date no calendar has, and nothing else', () => {
    expect(impossibleDateIn('31.02.1990')).toBe('31.02.1990');
    expect(impossibleDateIn(' Иванова  1985-02-30 ')).toBe('1985-02-30');
    expect(impossibleDateIn('Иванова 28.02.1990')).toBeUndefined();
    // Still being typed, or not a date at all: nothing to say yet.
    expect(impossibleDateIn('Иванова 31.02.19')).toBeUndefined();
    expect(impossibleDateIn('30 05 123456')).toBeUndefined();
  });

  it('matches nobody by name when the whole date beside it does not exist', () => {
    expect(parsePersonQuery('Иванова 31.02.1985')?.byName).toEqual({ kind: 'impossible-date' });
  });

  it('reads a surname prefix alone, in any case and with ё as е', () => {
    expect(parsePersonQuery('Щёрба')).toEqual({
      lookups: [],
      byName: { kind: 'prefix', name: 'щерба' },
    });
    expect(parsePersonQuery('иванова  ма')?.byName).toEqual({
      kind: 'prefix',
      name: 'иванова ма',
    });
  });

  it('reads a surname with initials, dotted or as lone letters, and leaves a plain prefix alone', () => {
    const initials = { kind: 'initials', initials: { surname: 'иванова', parts: ['м', 'п'] } };
    for (const query of ['Иванова М. П.', 'Иванова М.П.', 'иванова м п', 'ИВАНОВА М.П']) {
      expect({ query, byName: parsePersonQuery(query)?.byName }).toEqual({
        query,
        byName: initials,
      });
    }
    expect(parsePersonQuery('Иванова Мария П.')?.byName).toEqual({
      kind: 'initials',
      initials: { surname: 'иванова', parts: ['мария', 'п'] },
    });
    expect(parsePersonQuery('Иванова М.')?.byName).toEqual({
      kind: 'initials',
      initials: { surname: 'иванова', parts: ['м'] },
    });
    // One lone letter is a prefix as it always was; so is a name typed out.
    expect(parsePersonQuery('Иванова М')?.byName).toEqual({ kind: 'prefix', name: 'иванова м' });
    expect(parsePersonQuery('Иванова Мария')?.byName).toEqual({
      kind: 'prefix',
      name: 'иванова мария',
    });
  });

  it('still reads SNILS, phone, date of birth and document numbers as before', () => {
    expect(parsePersonQuery('112-233-445 95')?.lookups).toContainEqual({
      index: 'snils',
      value: '11223344595',
    });
    expect(parsePersonQuery('8 (4152) 12-34-56')?.lookups).toContainEqual({
      index: 'phone',
      value: '+74152123456',
    });
    const date = parsePersonQuery('31.08.1985');
    expect(date?.lookups).toContainEqual({ index: 'birthDate', value: '1985-08-31' });
    expect(date?.byName).toEqual({ kind: 'none' });
    expect(parsePersonQuery('30 05 123456')?.lookups).toContainEqual({
      index: 'documentKey',
      value: 'ru-passport:3005123456',
    });
  });

  it('reads an empty query as nothing to search for', () => {
    expect(parsePersonQuery('   ')).toBeUndefined();
  });

  it('reads dates typed as дд.мм.гггг and ISO, and refuses impossible days', () => {
    expect(parseSearchDate('14.03.1985')).toBe('1985-03-14');
    expect(parseSearchDate('1985-03-14')).toBe('1985-03-14');
    expect(parseSearchDate('31.02.1985')).toBeUndefined();
  });
});
