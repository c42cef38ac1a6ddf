import { describe, expect, it } from 'vitest';
import { documentKey, formatDocument, parseDocument } from './document';

describe('Russian internal passport', () => {
  it.each(['30 05 123456', '3005 123456', '3005123456', '30 05 № 123456', '30-05 123456'])(
    'accepts "%s" as series 3005 number 123456',
    (text) => {
      expect(parseDocument('ru-passport', text)).toEqual({
        ok: true,
        value: { type: 'ru-passport', series: '3005', number: '123456' },
      });
    },
  );

  it('says the series has letters when it does', () => {
    expect(parseDocument('ru-passport', '3О05 123456')).toEqual({
      ok: false,
      reason: 'passport-series-not-digits',
    });
    expect(parseDocument('ru-passport', 'AB 123456')).toEqual({
      ok: false,
      reason: 'passport-series-not-digits',
    });
  });

  it('says the number has letters when it does', () => {
    expect(parseDocument('ru-passport', '30 05 12345Б')).toEqual({
      ok: false,
      reason: 'passport-number-not-digits',
    });
  });

  it('rejects a number one digit short or long', () => {
    expect(parseDocument('ru-passport', '30 05 12345')).toEqual({
      ok: false,
      reason: 'passport-length',
    });
    expect(parseDocument('ru-passport', '30 05 1234567')).toEqual({
      ok: false,
      reason: 'passport-length',
    });
  });

  it('prints the series split in two', () => {
    expect(formatDocument({ type: 'ru-passport', series: '3005', number: '123456' })).toBe(
      '30 05 123456',
    );
  });
});

describe('foreign passport', () => {
  it('accepts a 2-digit series and 7-digit number', () => {
    expect(parseDocument('foreign-passport', '75 1234567')).toEqual({
      ok: true,
      value: { type: 'foreign-passport', series: '75', number: '1234567' },
    });
    expect(parseDocument('foreign-passport', '75 № 1234567').ok).toBe(true);
  });

  it('rejects an internal passport typed as a foreign one', () => {
    expect(parseDocument('foreign-passport', '30 05 123456')).toEqual({
      ok: false,
      reason: 'foreign-passport-format',
    });
  });
});

describe('birth certificate', () => {
  it('accepts the printed form "IV-МЮ 123456"', () => {
    expect(parseDocument('birth-certificate', 'IV-МЮ 123456')).toEqual({
      ok: true,
      value: { type: 'birth-certificate', series: 'IV-МЮ', number: '123456' },
    });
  });

  it('accepts lower case, no hyphen, "№", and Cyrillic look-alikes typed for Roman numerals', () => {
    expect(parseDocument('birth-certificate', 'iv мю № 123456')).toEqual({
      ok: true,
      value: { type: 'birth-certificate', series: 'IV-МЮ', number: '123456' },
    });
    // Cyrillic Х and С for Roman X and C; Latin A, K for Cyrillic А, К.
    expect(parseDocument('birth-certificate', 'ХС-AK 654321')).toEqual({
      ok: true,
      value: { type: 'birth-certificate', series: 'XC-АК', number: '654321' },
    });
  });

  it('rejects a series that is not a Roman numeral', () => {
    expect(parseDocument('birth-certificate', 'IIII-МЮ 123456')).toEqual({
      ok: false,
      reason: 'birth-certificate-roman',
    });
    expect(parseDocument('birth-certificate', '4-МЮ 123456')).toEqual({
      ok: false,
      reason: 'birth-certificate-roman',
    });
  });

  it('rejects a letter part that is not two Cyrillic letters', () => {
    expect(parseDocument('birth-certificate', 'IV-М 123456')).toEqual({
      ok: false,
      reason: 'birth-certificate-letters',
    });
    expect(parseDocument('birth-certificate', 'IV-МЮЯ 123456')).toEqual({
      ok: false,
      reason: 'birth-certificate-letters',
    });
  });

  it('rejects a number that is not 6 digits', () => {
    expect(parseDocument('birth-certificate', 'IV-МЮ 12345')).toEqual({
      ok: false,
      reason: 'birth-certificate-number',
    });
  });
});

describe('other document', () => {
  it('keeps free text of 1 to 40 characters', () => {
    expect(parseDocument('other', '  AB1234567  Kazakhstan ')).toEqual({
      ok: true,
      value: { type: 'other', number: 'AB1234567 Kazakhstan' },
    });
    expect(parseDocument('other', 'x'.repeat(40)).ok).toBe(true);
    expect(parseDocument('other', 'x'.repeat(41))).toEqual({
      ok: false,
      reason: 'document-too-long',
    });
  });

  it('asks for the number when nothing is typed', () => {
    expect(parseDocument('other', '   ')).toEqual({ ok: false, reason: 'document-empty' });
    expect(parseDocument('ru-passport', '')).toEqual({ ok: false, reason: 'document-empty' });
  });
});

describe('documentKey', () => {
  it('is one compact string per document, the same however it was typed', () => {
    expect(documentKey({ type: 'ru-passport', series: '3005', number: '123456' })).toBe(
      'ru-passport:3005123456',
    );
    expect(documentKey({ type: 'birth-certificate', series: 'IV-МЮ', number: '123456' })).toBe(
      'birth-certificate:IVМЮ123456',
    );
    expect(documentKey({ type: 'other', number: 'ab 12-34' })).toBe('other:AB1234');
  });
});
