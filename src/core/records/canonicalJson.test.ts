import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonByDefinition, inCanonicalOrder } from './canonicalJson';

// The fast text must stay the definition's, byte for byte: op hashes stored at the register
// since migration 0005 decide whether a repeated op id replays or is refused as reused.

const samples: unknown[] = [
  null,
  0,
  -1.5,
  'текст "в кавычках" \\ \n \u0000',
  true,
  [],
  {},
  [1, 'a', null, { b: 1, a: [2, { d: undefined, c: 'x' }] }],
  { z: 1, y: undefined, x: { ключ: 'значение', A: 1, a: 2, _: 3, '10': 4, '9': 5 } },
  { list: [{ b: [], a: {} }], date: '2026-12-01', n: 1e21, tiny: 5e-7 },
  [undefined],
  { emoji: '😀', high: '\uffff', surrogate: '\ud83d' },
  JSON.parse('{"__proto__": {"b": 1}, "a": [1, {"2": "x", "10": "y", "b": null}]}'),
  { nested: [[{ z: 'z', y: [undefined, 1] }]] },
  undefined,
  // Already in order at the top, or everywhere but in one place JSON.stringify would keep:
  { a: 1, b: { d: 1, c: 2 } },
  { a: [{ x: 1 }, { z: 1, y: 2 }], b: null },
  { A: 1, B: [true, false], a: '', b: -0 },
  { a: 1, b: undefined, c: 2 },
  { a: [1, undefined], b: 2 },
  { a: new Date(0), b: 1 },
  { a: { toJSON: () => 'x' }, b: 1 },
  { a: new Map([['k', 1]]), b: 1 },
  { a: Object.assign(Object.create(null) as object, { z: 1, y: 2 }) },
  { '': 0, a: { '1': 'x', b: 2 } },
  { a: NaN, b: Infinity, c: 1e-7 },
  JSON.parse('{"a":1,"__proto__":{"b":1}}'),
  JSON.parse('{"__proto__":{"b":1},"a":{"1":"x","2":"y","b":null}}'),
  { '1': 'x', '10': 'y', '9': 'z' },
  [[], {}, [{}], { a: [] }],
];

/** A class instance whose own members are in order: JSON keeps them, the definition too. */
class Holder {
  readonly a = 1;
  readonly b = { c: 2 };
}

describe('canonicalJson', () => {
  it('is the definition’s text for every kind of JSON value', () => {
    for (const value of samples)
      expect(canonicalJson(value)).toBe(canonicalJsonByDefinition(value));
  });

  it('is the definition’s text for a class instance and under a polluted prototype', () => {
    expect(canonicalJson({ h: new Holder() })).toBe(canonicalJsonByDefinition({ h: new Holder() }));
    const prototype = Object.prototype as Record<string, unknown>;
    prototype['zz'] = 1;
    try {
      expect(canonicalJson({ a: 1 })).toBe(canonicalJsonByDefinition({ a: 1 }));
    } finally {
      delete prototype['zz'];
    }
  });

  it('gives a copy whose plain JSON is its canonical text (what the outbox stores)', () => {
    for (const value of samples) {
      const copy = inCanonicalOrder(value);
      expect(canonicalJson(copy)).toBe(canonicalJsonByDefinition(value));
    }
    const record = { version: 0, kind: 'person', id: 'p1', document: { number: '1', type: 'x' } };
    const ordered = inCanonicalOrder(record);
    expect(JSON.stringify(ordered)).toBe(canonicalJson(record));
    expect(Object.keys(ordered)).toEqual(['document', 'id', 'kind', 'version']);
  });

  it('sorts keys and drops undefined members', () => {
    expect(canonicalJson({ b: [2, 1], a: { y: undefined, x: 'é' } })).toBe(
      '{"a":{"x":"é"},"b":[2,1]}',
    );
  });
});
