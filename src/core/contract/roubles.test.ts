import { describe, expect, it } from 'vitest';
import { formatRoubles, parseRoubles } from './roubles';

describe('roubles as documents write them', () => {
  it('writes kopecks after a comma and the sign after a non-breaking space', () => {
    expect(formatRoubles(95000)).toBe('950,00\u00a0₽');
    expect(formatRoubles(5)).toBe('0,05\u00a0₽');
    expect(formatRoubles(0)).toBe('0,00\u00a0₽');
  });

  it('groups thousands with non-breaking spaces', () => {
    expect(formatRoubles(123456789)).toBe('1\u00a0234\u00a0567,89\u00a0₽');
    expect(formatRoubles(100000)).toBe('1\u00a0000,00\u00a0₽');
  });

  it('treats a fraction of a kopeck or a negative amount as a programmer error', () => {
    expect(() => formatRoubles(950.5)).toThrow();
    expect(() => formatRoubles(-1)).toThrow();
  });
});

describe('roubles as a cashier types them', () => {
  it('reads roubles with or without kopecks, spaces and the sign', () => {
    expect(parseRoubles('950')).toBe(95_000);
    expect(parseRoubles('1 950,00 ₽')).toBe(195_000);
    expect(parseRoubles('0.5')).toBe(50);
  });

  it('refuses what is not an amount', () => {
    expect(parseRoubles('')).toBeUndefined();
    expect(parseRoubles('-5')).toBeUndefined();
    expect(parseRoubles('9,999')).toBeUndefined();
    expect(parseRoubles('сто')).toBeUndefined();
  });
});
