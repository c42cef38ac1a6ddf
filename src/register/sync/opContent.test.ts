import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../core/records/merge';
import { canonicalOpText, opContentHash } from './opContent';

// The op hash's canonical text must stay canonicalJson's, byte for byte: hashes stored since
// migration 0005 decide whether a repeated op id replays or is refused as reused.

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

describe('the op content text', () => {
  it('is canonicalJson’s text for every kind of JSON value', () => {
    for (const value of samples) expect(canonicalOpText(value)).toBe(canonicalJson(value));
  });

  it('hashes the same op equally whatever the order of its keys', () => {
    const a = opContentHash({ kind: 'person', record: { id: '1', b: [1, 2], a: { y: 1, x: 2 } } });
    const b = opContentHash({ kind: 'person', record: { a: { x: 2, y: 1 }, b: [1, 2], id: '1' } });
    expect(a).toBe(b);
    expect(opContentHash({ kind: 'person', record: { id: '1', b: [2, 1], a: {} } })).not.toBe(a);
  });
});
