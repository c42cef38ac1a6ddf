import { describe, expect, it } from 'vitest';
import { decodeNumeric, encodeNumeric } from './numeric';

describe('shc:/ numeric encoding', () => {
  it('writes each character as two digits of its code minus 45', () => {
    expect(encodeNumeric('eyJ-z.')).toBe('shc:/567629007701');
    expect(decodeNumeric('shc:/567629007701')).toEqual({ ok: true, value: { text: 'eyJ-z.' } });
  });

  it('reads the chunk header of the deprecated multi-chunk form', () => {
    expect(decodeNumeric('shc:/2/3/5676')).toEqual({
      ok: true,
      value: { text: 'ey', chunk: { index: 2, total: 3 } },
    });
  });

  it.each([
    ['shc:/', 'numeric-empty'],
    ['shc:/566', 'numeric-odd-length'],
    ['shc:/5678', 'numeric-pair-out-of-range'],
    ['shc:/56 62', 'numeric-bad-character'],
    ['shc:/5662 ', 'numeric-bad-character'],
    ['shc:/5662\n', 'numeric-bad-character'],
    ['shc:/0/3/5662', 'chunk-header-invalid'],
    ['shc:/4/3/5662', 'chunk-header-invalid'],
    ['shc:/1/1/5662', 'chunk-header-invalid'],
    ['shc:/01/3/5662', 'chunk-header-invalid'],
    ['shc:/1/3/', 'numeric-empty'],
    ['shc:/1/35662', 'chunk-header-invalid'],
    ['SHC:/5662', 'numeric-bad-character'],
  ])('rejects %j as %s', (text, reason) => {
    expect(decodeNumeric(text)).toMatchObject({ ok: false, reason });
  });

  it('refuses to encode a character no compact JWS contains', () => {
    expect(() => encodeNumeric('a b')).toThrow(RangeError);
  });
});
