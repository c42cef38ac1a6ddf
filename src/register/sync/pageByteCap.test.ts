import { describe, expect, it } from 'vitest';
import { fitByteBudget } from './pageByteCap';

const row = (bytes: number, seq: number) => ({ seq, body: 'x'.repeat(bytes) });

describe('fitByteBudget', () => {
  it('keeps the leading rows that fit the budget and stops at the first that does not', () => {
    const rows = [row(3, 1), row(2, 2), row(1, 3)];
    expect(fitByteBudget(rows, 5).map((r) => r.seq)).toEqual([1, 2]);
    expect(fitByteBudget(rows, 6).map((r) => r.seq)).toEqual([1, 2, 3]);
  });

  it('always keeps the first row, even one larger than the budget, so a pull moves on', () => {
    expect(fitByteBudget([row(10, 1), row(1, 2)], 4).map((r) => r.seq)).toEqual([1]);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const cyrillic = [
      { seq: 1, body: 'я'.repeat(3) },
      { seq: 2, body: 'я' },
    ];
    expect(fitByteBudget(cyrillic, 7).map((r) => r.seq)).toEqual([1]);
    expect(fitByteBudget(cyrillic, 8).map((r) => r.seq)).toEqual([1, 2]);
  });

  it('counts three-byte characters and surrogate pairs to the byte at the budget', () => {
    // "€" is three UTF-8 bytes in one UTF-16 unit; "😀" four bytes in two units.
    const euros = [
      { seq: 1, body: '€€' },
      { seq: 2, body: '€' },
    ];
    expect(fitByteBudget(euros, 9).map((r) => r.seq)).toEqual([1, 2]);
    expect(fitByteBudget(euros, 8).map((r) => r.seq)).toEqual([1]);
    const faces = [
      { seq: 1, body: '😀' },
      { seq: 2, body: '😀' },
    ];
    expect(fitByteBudget(faces, 8).map((r) => r.seq)).toEqual([1, 2]);
    expect(fitByteBudget(faces, 7).map((r) => r.seq)).toEqual([1]);
  });
});
