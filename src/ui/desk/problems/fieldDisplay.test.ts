import { describe, expect, it } from 'vitest';
import type { ValueWords } from './fieldDisplay';
import { displayValue, fieldLabel } from './fieldDisplay';
import { problemsTextRu } from './problemsText.ru';

const words: ValueWords = {
  label: (field) =>
    field in problemsTextRu.fields
      ? problemsTextRu.fields[field as keyof typeof problemsTextRu.fields]
      : undefined,
  empty: '—',
  yes: 'да',
  no: 'нет',
  sex: (sex) => (sex === 'male' ? 'Мужской' : 'Женский'),
  documentType: (type) => (type === 'ru-passport' ? 'Паспорт РФ' : type),
  utcOffsetMinutes: 720,
};

describe('how a clashing field is shown to a person', () => {
  it('writes phones, SNILS and dates as the desk does elsewhere', () => {
    expect(displayValue('phone', '+79141234567', words)).toBe('+7 914 123-45-67');
    expect(displayValue('snils', '11223344595', words)).toBe('112-233-445 95');
    expect(displayValue('birthDate', '1985-03-14', words)).toBe('14.03.1985');
    expect(displayValue('signedAt', '2026-11-26T12:05:00.000Z', words)).toBe('27.11.2026 00:05');
  });

  it('names the document type, the sex and nested consents in words', () => {
    const passport = { type: 'ru-passport', series: '3005', number: '123456' };
    expect(displayValue('document', passport, words)).toBe('Паспорт РФ 30 05 123456');
    expect(displayValue('sex', 'female', words)).toBe('Женский');
    expect(displayValue('consents', { personalData: true, paidService: false }, words)).toBe(
      'на обработку персональных данных: да; на платную услугу: нет',
    );
  });

  it('shows a cleared field as a dash, and an unknown field by its own name', () => {
    expect(displayValue('address', undefined, words)).toBe('—');
    expect(fieldLabel('phone', words)).toBe('Телефон');
    expect(fieldLabel('somethingNew', words)).toBe('somethingNew');
  });
});
