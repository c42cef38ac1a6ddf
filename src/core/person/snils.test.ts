import { describe, expect, it } from 'vitest';
import { formatSnils, parseSnils, snilsCheckNumber } from './snils';
import type { Snils } from './snils';

describe('SNILS', () => {
  it('accepts the textbook example 112-233-445 95 in printed and bare form', () => {
    expect(parseSnils('112-233-445 95')).toEqual({ ok: true, value: '11223344595' });
    expect(parseSnils('11223344595')).toEqual({ ok: true, value: '11223344595' });
    expect(parseSnils(' 112 233 445 95 ')).toEqual({ ok: true, value: '11223344595' });
  });

  it('takes a weighted sum under 100 as the check number itself', () => {
    // 1·9+1·8+2·7+2·6+3·5+3·4+4·3+4·2+5·1 = 95
    expect(snilsCheckNumber('112233445')).toBe(95);
    // sum 99, the largest that is its own check number
    expect(snilsCheckNumber('100582052')).toBe(99);
    expect(parseSnils('100-582-052 99').ok).toBe(true);
  });

  it('gives 00 when the sum is exactly 100', () => {
    expect(snilsCheckNumber('050234316')).toBe(0);
    expect(parseSnils('050-234-316 00').ok).toBe(true);
    expect(parseSnils('050-234-316 01')).toEqual({ ok: false, reason: 'snils-checksum' });
  });

  it('gives 00 when the sum is exactly 101', () => {
    expect(snilsCheckNumber('016103396')).toBe(0);
    expect(parseSnils('016-103-396 00').ok).toBe(true);
    expect(parseSnils('016-103-396 01')).toEqual({ ok: false, reason: 'snils-checksum' });
  });

  it('takes a sum over 101 modulo 101', () => {
    // 1·9+1·8+2·7+8·6+5·5+5·4+8·3+9·2+9·1 = 175, 175 mod 101 = 74
    expect(snilsCheckNumber('112855899')).toBe(74);
    expect(parseSnils('112-855-899 74').ok).toBe(true);
    expect(parseSnils('112-855-899 75')).toEqual({ ok: false, reason: 'snils-checksum' });
    // sum 150 → 49
    expect(snilsCheckNumber('136571200')).toBe(49);
  });

  it('gives 00 when the sum over 101 leaves a remainder of 100 or 0', () => {
    expect(snilsCheckNumber('820981233')).toBe(0); // sum 201, 201 mod 101 = 100 → 00
    expect(parseSnils('820-981-233 00').ok).toBe(true);
    expect(snilsCheckNumber('913702858')).toBe(0); // sum 202, 202 mod 101 = 0
  });

  it('does not verify the check number of 001-001-998 and below', () => {
    expect(parseSnils('001-001-998 17').ok).toBe(true);
    expect(parseSnils('000-000-001 99').ok).toBe(true);
  });

  it('verifies the check number from 001-001-999 up', () => {
    const check = String(snilsCheckNumber('001001999')).padStart(2, '0');
    expect(parseSnils(`001-001-999 ${check}`).ok).toBe(true);
    const wrong = String((snilsCheckNumber('001001999') + 1) % 100).padStart(2, '0');
    expect(parseSnils(`001-001-999 ${wrong}`)).toEqual({ ok: false, reason: 'snils-checksum' });
  });

  it('rejects a single mistyped digit of a valid number', () => {
    expect(parseSnils('112-233-446 95')).toEqual({ ok: false, reason: 'snils-checksum' });
    expect(parseSnils('121-233-445 95')).toEqual({ ok: false, reason: 'snils-checksum' });
  });

  it('rejects wrong length and letters as a format error', () => {
    expect(parseSnils('112-233-445 9')).toEqual({ ok: false, reason: 'snils-format' });
    expect(parseSnils('112-233-445 955')).toEqual({ ok: false, reason: 'snils-format' });
    expect(parseSnils('112-233-44O 95')).toEqual({ ok: false, reason: 'snils-format' });
    expect(parseSnils('')).toEqual({ ok: false, reason: 'snils-format' });
  });

  it('prints the usual grouping', () => {
    expect(formatSnils('11223344595' as Snils)).toBe('112-233-445 95');
  });
});
