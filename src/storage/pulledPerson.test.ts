import { describe, expect, it } from 'vitest';
import type { PersonId } from '../core/ids';
import { examplePerson } from '../core/records/examples';
import { readPulledPerson } from './pulledPerson';

// What a first download stores of each pulled person (pulledPerson.ts): the guard that stands
// where a zod schema stood must keep its verdicts, field by field.

const id = '0193a0b0-0000-7000-8000-0000000000f1' as PersonId;
const person = (): Record<string, unknown> => ({ ...examplePerson({ id }), version: 3 });

describe('a pulled person checked for storing', () => {
  it('is the page’s own object when it carries the register’s version', () => {
    const record = person();
    expect(readPulledPerson(record, 3)).toBe(record);
  });

  it('is a copy at the register’s version otherwise, the page’s object left as it was', () => {
    const record = person();
    const stored = readPulledPerson(record, 4);
    expect(stored).toEqual({ ...record, version: 4 });
    expect(record['version']).toBe(3);
  });

  it('may lack a patronymic, SNILS, phone and document series, and carry fields of its own', () => {
    const record = person();
    delete record['patronymic'];
    delete record['snils'];
    delete record['phone'];
    record['document'] = { type: 'birth-certificate', number: 'II-АБ 123456' };
    record['fromNewerRegister'] = { any: 'thing' };
    expect(readPulledPerson(record, 3)).toBe(record);
  });

  const refused: [string, (record: Record<string, unknown>) => void][] = [
    ['kind not person', (r) => (r['kind'] = 'application')],
    ['no id', (r) => delete r['id']],
    ['id a number', (r) => (r['id'] = 7)],
    ['version text', (r) => (r['version'] = '3')],
    ['no surname', (r) => delete r['surname']],
    ['surname a number', (r) => (r['surname'] = 42)],
    ['given name null', (r) => (r['givenName'] = null)],
    ['patronymic a number', (r) => (r['patronymic'] = 1)],
    ['SNILS a number', (r) => (r['snils'] = 11223344595)],
    ['phone an array', (r) => (r['phone'] = ['+7'])],
    ['no birth date', (r) => delete r['birthDate']],
    ['no document', (r) => delete r['document']],
    ['document text', (r) => (r['document'] = 'ru-passport 3005 123456')],
    ['document an array', (r) => (r['document'] = ['ru-passport'])],
    ['document type missing', (r) => (r['document'] = { number: '123456' })],
    ['document series a number', (r) => (r['document'] = { type: 'x', series: 30, number: '1' })],
    ['document number a number', (r) => (r['document'] = { type: 'x', number: 123456 })],
  ];
  for (const [what, spoil] of refused) {
    it(`is refused with ${what}`, () => {
      const record = person();
      spoil(record);
      expect(readPulledPerson(record, 3)).toBeUndefined();
    });
  }
});
