import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonByDefinition } from './canonicalJson';

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
];

describe('canonicalJson', () => {
  it('is the definition’s text for every kind of JSON value', () => {
    for (const value of samples)
      expect(canonicalJson(value)).toBe(canonicalJsonByDefinition(value));
  });

  it('sorts keys and drops undefined members', () => {
    expect(canonicalJson({ b: [2, 1], a: { y: undefined, x: 'é' } })).toBe(
      '{"a":{"x":"é"},"b":[2,1]}',
    );
  });
});
