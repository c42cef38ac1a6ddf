import { describe, expect, it } from 'vitest';
import { fitByteBudget } from './pageByteCap';

const row = (bytes: number, seq: number) => ({ seq, body: Buffer.from('x'.repeat(bytes)) });

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
      { seq: 1, body: Buffer.from('я'.repeat(3)) },
      { seq: 2, body: Buffer.from('я') },
    ];
    expect(fitByteBudget(cyrillic, 7).map((r) => r.seq)).toEqual([1]);
    expect(fitByteBudget(cyrillic, 8).map((r) => r.seq)).toEqual([1, 2]);
  });
});
