import { describe, expect, it } from 'vitest';
import type { Ogrn } from './ogrn';
import { ogrnCheckDigit, ogrnKindOf, parseOgrn } from './ogrn';

describe('ОГРН', () => {
  it("accepts Сбербанк's public ОГРН 1027700132195 (102770013219 mod 11 = 5)", () => {
    expect(ogrnCheckDigit('102770013219')).toBe(5);
    expect(parseOgrn('1027700132195')).toEqual({ ok: true, value: '1027700132195' });
    expect(parseOgrn(' 1 027700 132195 ')).toEqual({ ok: true, value: '1027700132195' });
  });

  it("accepts Яндекс's public ОГРН 1027700229193", () => {
    expect(parseOgrn('1027700229193').ok).toBe(true);
  });

  it('takes the lowest digit when the remainder is 10', () => {
    // 102770013213 = 11 · 9342728473 + 10
    expect(ogrnCheckDigit('102770013213')).toBe(0);
    expect(parseOgrn('1027700132130').ok).toBe(true);
    expect(parseOgrn('1027700132131')).toEqual({ ok: false, reason: 'ogrn-checksum' });
  });

  it('rejects a single mistyped or swapped digit of a valid number', () => {
    expect(parseOgrn('1027700132196')).toEqual({ ok: false, reason: 'ogrn-checksum' });
    expect(parseOgrn('1027700123195')).toEqual({ ok: false, reason: 'ogrn-checksum' });
  });

  it('accepts an ОГРН that begins with 5 and refuses the number of a later entry (2, 4, 6–9)', () => {
    const five = `502770013219`;
    expect(parseOgrn(`${five}${String(ogrnCheckDigit(five))}`).ok).toBe(true);
    const change = '202770013219';
    expect(parseOgrn(`${change}${String(ogrnCheckDigit(change))}`)).toEqual({
      ok: false,
      reason: 'ogrn-kind',
    });
  });

  it('rejects wrong length and letters as a format error', () => {
    expect(parseOgrn('102770013219')).toEqual({ ok: false, reason: 'ogrn-format' });
    expect(parseOgrn('10277001321955')).toEqual({ ok: false, reason: 'ogrn-format' });
    expect(parseOgrn('102770O132195')).toEqual({ ok: false, reason: 'ogrn-format' });
    expect(parseOgrn('')).toEqual({ ok: false, reason: 'ogrn-format' });
  });
});

describe('ОГРНИП', () => {
  it('accepts the format’s textbook example 304500116000157 (30450011600015 mod 13 = 7)', () => {
    expect(ogrnCheckDigit('30450011600015')).toBe(7);
    expect(parseOgrn('304500116000157')).toEqual({ ok: true, value: '304500116000157' });
    expect(ogrnKindOf('304500116000157' as Ogrn)).toBe('entrepreneur');
    expect(ogrnKindOf('1027700132195' as Ogrn)).toBe('organisation');
  });

  it('divides by 13, not 11, and keeps the lowest digit of a remainder of 10, 11 or 12', () => {
    expect(ogrnCheckDigit('30450011600018')).toBe(0); // remainder 10
    expect(ogrnCheckDigit('30450011600019')).toBe(1); // remainder 11
    expect(ogrnCheckDigit('30450011600020')).toBe(2); // remainder 12
    expect(parseOgrn('304500116000202').ok).toBe(true);
    // 30450011600020 mod 11 = 1: a check by 11, as for an ОГРН, would want 1.
    expect(parseOgrn('304500116000201')).toEqual({ ok: false, reason: 'ogrn-checksum' });
  });

  it('refuses a 15-digit number that does not begin with 3', () => {
    const body = '10450011600015';
    expect(parseOgrn(`${body}${String(ogrnCheckDigit(body))}`)).toEqual({
      ok: false,
      reason: 'ogrn-kind',
    });
  });
});
