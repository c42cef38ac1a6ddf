import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJsonByDefinition } from '../../core/records/canonicalJson';
import { opContentHash } from './opContent';

describe('the op content hash', () => {
  it('hashes the same op equally whatever the order of its keys', () => {
    const a = opContentHash({ kind: 'person', record: { id: '1', b: [1, 2], a: { y: 1, x: 2 } } });
    const b = opContentHash({ kind: 'person', record: { a: { x: 2, y: 1 }, b: [1, 2], id: '1' } });
    expect(a).toBe(b);
    expect(opContentHash({ kind: 'person', record: { id: '1', b: [2, 1], a: {} } })).not.toBe(a);
  });

  it('hashes the canonical text by definition, as the hashes stored since migration 0005 were', () => {
    const op = {
      kind: 'person' as const,
      record: { id: '1', '10': 'x', a: [undefined, { b: 1 }] },
    };
    const stored = createHash('sha256').update(canonicalJsonByDefinition(op)).digest('hex');
    expect(opContentHash(op)).toBe(stored);
    const plain = { kind: 'person' as const, record: { z: 'я', id: '2', list: [1, { d: null }] } };
    expect(opContentHash(plain)).toBe(
      createHash('sha256').update(canonicalJsonByDefinition(plain)).digest('hex'),
    );
  });

  it('hashes an op whose record is missing or not an object as by definition too', () => {
    for (const record of [undefined, null, 'text', 3, [{ b: 1, a: 2 }]]) {
      const op = { kind: 'person' as const, record };
      expect(opContentHash(op)).toBe(
        createHash('sha256').update(canonicalJsonByDefinition(op)).digest('hex'),
      );
    }
  });
});
