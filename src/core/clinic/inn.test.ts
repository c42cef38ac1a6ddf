import { describe, expect, it } from 'vitest';
import { innCheckDigits, parseInn, parseKpp } from './inn';

describe('ИНН of an organisation (10 digits)', () => {
  it("accepts Сбербанк's public ИНН 7707083893", () => {
    // 7·2+7·4+0·10+7·3+0·5+8·9+3·4+8·6+9·8 = 267; 267 mod 11 = 3
    expect(innCheckDigits('770708389')).toBe('3');
    expect(parseInn('7707083893')).toEqual({ ok: true, value: '7707083893' });
    expect(parseInn(' 7707 083893 ')).toEqual({ ok: true, value: '7707083893' });
  });

  it("accepts Яндекс's public ИНН 7736207543", () => {
    expect(parseInn('7736207543').ok).toBe(true);
  });

  it('takes 0 when the weighted sum leaves a remainder of 10', () => {
    // 1·2 + 1·8 = 10; 10 mod 11 = 10 → 0
    expect(innCheckDigits('100000001')).toBe('0');
    expect(parseInn('1000000010').ok).toBe(true);
    expect(parseInn('1000000011')).toEqual({ ok: false, reason: 'inn-checksum' });
  });

  it('rejects a single mistyped or swapped digit of a valid number', () => {
    expect(parseInn('7707083894')).toEqual({ ok: false, reason: 'inn-checksum' });
    expect(parseInn('7707038893')).toEqual({ ok: false, reason: 'inn-checksum' });
  });
});

describe('ИНН of a person or an entrepreneur (12 digits)', () => {
  it('accepts the textbook example 500100732259, both check digits', () => {
    expect(innCheckDigits('5001007322')).toBe('59');
    expect(parseInn('500100732259')).toEqual({ ok: true, value: '500100732259' });
  });

  it('checks the eleventh digit and the twelfth, which counts the eleventh in', () => {
    expect(parseInn('500100732269')).toEqual({ ok: false, reason: 'inn-checksum' });
    expect(parseInn('500100732258')).toEqual({ ok: false, reason: 'inn-checksum' });
  });
});

describe('ИНН format', () => {
  it('refuses 11 digits, letters and the empty string', () => {
    expect(parseInn('77070838930')).toEqual({ ok: false, reason: 'inn-format' });
    expect(parseInn('770708389')).toEqual({ ok: false, reason: 'inn-format' });
    expect(parseInn('77O7083893')).toEqual({ ok: false, reason: 'inn-format' });
    expect(parseInn('')).toEqual({ ok: false, reason: 'inn-format' });
  });
});

describe('КПП', () => {
  it("accepts digits and capital Latin letters in the reason's two places", () => {
    expect(parseKpp('773601001')).toEqual({ ok: true, value: '773601001' });
    expect(parseKpp('7736AB001')).toEqual({ ok: true, value: '7736AB001' });
    expect(parseKpp(' 7736ab001 ')).toEqual({ ok: true, value: '7736AB001' });
  });

  it('refuses letters elsewhere, Cyrillic look-alikes and a wrong length', () => {
    expect(parseKpp('77A601001')).toEqual({ ok: false, reason: 'kpp-format' });
    expect(parseKpp('7736АВ001')).toEqual({ ok: false, reason: 'kpp-format' }); // Cyrillic А, В
    expect(parseKpp('77360100')).toEqual({ ok: false, reason: 'kpp-format' });
    expect(parseKpp('7736010010')).toEqual({ ok: false, reason: 'kpp-format' });
  });
});
