import { describe, expect, it } from 'vitest';
import { canonicalJson } from './merge';
import { sameJson } from './sameJson';

describe('sameJson', () => {
  it('holds two values with the same members in another order the same', () => {
    expect(
      sameJson({ a: 1, b: { c: [1, 'x'], d: null } }, { b: { d: null, c: [1, 'x'] }, a: 1 }),
    ).toBe(true);
  });

  it('counts a member set to undefined as absent, as JSON does', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(true);
  });

  it('tells apart a changed, added or removed member, and arrays from objects', () => {
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
    expect(sameJson({ a: null }, { a: {} })).toBe(false);
    expect(sameJson({ a: '1' }, { a: 1 })).toBe(false);
  });

  it('agrees with comparing canonical JSON on records', () => {
    const pairs: [unknown, unknown][] = [
      [{ x: { y: [1, { z: 2 }] } }, { x: { y: [1, { z: 2 }] } }],
      [{ x: { y: [1, { z: 2 }] } }, { x: { y: [1, { z: 3 }] } }],
      [{ x: 'a', w: undefined }, { x: 'a' }],
    ];
    for (const [a, b] of pairs) expect(sameJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
  });
});
