import { describe, expect, it } from 'vitest';
import { formatNumber, nextSequence, numberKey, parseNumber, serialNumberSchema } from './number';

describe('contract and certificate numbers', () => {
  it('formats clinic, tablet, year and a zero-padded sequence', () => {
    expect(formatNumber({ clinicCode: 'KAM01', tabletCode: 'T03', year: 2026, sequence: 42 })).toBe(
      'KAM01-T03-2026-000042',
    );
    expect(
      formatNumber({ clinicCode: 'KAM01', tabletCode: 'T03', year: 2026, sequence: 1_234_567 }),
    ).toBe('KAM01-T03-2026-1234567');
  });

  it('parses back what it formats', () => {
    expect(parseNumber('KAM01-T03-2026-000042')).toEqual({
      ok: true,
      value: {
        clinicCode: 'KAM01',
        tabletCode: 'T03',
        year: 2026,
        sequence: 42,
        number: 'KAM01-T03-2026-000042',
      },
    });
    expect(parseNumber(' kam01-t03-2026-000042 ').ok).toBe(true);
  });

  it('rejects malformed numbers', () => {
    for (const text of [
      'KAM01-T03-26-000042',
      'KAM01-T03-2026-42',
      'KAM01/T03/2026/000042',
      'КАМ01-T03-2026-000042',
      'KAM01-T03-2026-000000',
      '',
    ]) {
      expect(parseNumber(text)).toEqual({ ok: false, reason: 'number-format' });
    }
  });

  it('gives one number only one spelling', () => {
    expect(parseNumber('KAM01-T03-2026-0000042')).toEqual({
      ok: false,
      reason: 'number-not-canonical',
    });
  });

  it('keys uniqueness on clinic, tablet, series and sequence, not on the printed year', () => {
    const a = { clinicCode: 'KAM01', tabletCode: 'T03', year: 2026, sequence: 7 };
    expect(numberKey('contract', a)).toBe(numberKey('contract', { ...a, year: 2025 }));
    expect(numberKey('contract', a)).not.toBe(numberKey('contract', { ...a, tabletCode: 'T04' }));
    expect(numberKey('contract', a)).not.toBe(numberKey('certificate', a));
  });

  it('resumes after the highest sequence known locally or at the register', () => {
    expect(nextSequence(0)).toBe(1);
    expect(nextSequence(41)).toBe(42);
    expect(nextSequence(0, 130)).toBe(131);
    expect(nextSequence(150, 130)).toBe(151);
  });

  it('validates stored numbers in canonical form only', () => {
    expect(serialNumberSchema.safeParse('KAM01-T03-2026-000042').success).toBe(true);
    expect(serialNumberSchema.safeParse('kam01-t03-2026-000042').success).toBe(false);
  });
});
