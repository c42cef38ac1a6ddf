import { describe, expect, it } from 'vitest';
import { canonicalJson, changedFields, mergeFields } from './merge';

describe('three-way field merge', () => {
  const base = { phone: '1', address: 'a', document: { number: '1' }, version: 1 };

  it('takes the tablet’s change of one field and another tablet’s change of another', () => {
    const current = { ...base, address: 'b', version: 2 };
    const incoming = { ...base, phone: '2' };
    const outcome = mergeFields({ base, current, incoming, foreignFields: new Set(['address']) });
    expect(outcome).toEqual({ merged: { ...current, phone: '2' }, clashes: [] });
  });

  it('keeps the register’s value of a field both changed, and names it', () => {
    const current = { ...base, phone: '3', version: 2 };
    const incoming = { ...base, phone: '2' };
    const outcome = mergeFields({ base, current, incoming, foreignFields: new Set(['phone']) });
    expect(outcome).toEqual({ merged: current, clashes: ['phone'] });
  });

  it('does not count the tablet’s own earlier version as a clash', () => {
    const current = { ...base, phone: '2', version: 2 };
    const incoming = { ...base, phone: '5' };
    const outcome = mergeFields({ base, current, incoming, foreignFields: new Set() });
    expect(outcome.merged).toMatchObject({ phone: '5' });
  });

  it('clears an optional field the tablet removed', () => {
    const incoming: Record<string, unknown> = { ...base };
    delete incoming['address'];
    const outcome = mergeFields({ base, current: base, incoming, foreignFields: new Set() });
    expect('address' in outcome.merged).toBe(false);
  });

  it('never clashes on who edited, and the merged record names the incoming editor', () => {
    const current = { ...base, address: 'b', updatedBy: 'other', updatedAt: 't2', version: 2 };
    const incoming = { ...base, phone: '2', updatedBy: 'me', updatedAt: 't3' };
    const foreignFields = new Set(['address', 'updatedBy', 'updatedAt']);
    const outcome = mergeFields({ base, current, incoming, foreignFields });
    expect(outcome).toEqual({
      merged: { ...current, phone: '2', updatedBy: 'me', updatedAt: 't3' },
      clashes: [],
    });
    expect(changedFields(current, { ...current, updatedBy: 'x' })).toEqual([]);
  });

  it('drops a stale editor when the incoming version was never edited', () => {
    const current = { ...base, updatedBy: 'other', updatedAt: 't2', version: 2 };
    const outcome = mergeFields({ base, current, incoming: base, foreignFields: new Set() });
    expect(outcome.merged).toEqual({ ...base, version: 2 });
  });

  it('compares nested values whatever their key order, and ignores the version', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(
      canonicalJson({ a: { c: 3, d: 2 }, b: 1 }),
    );
    expect(changedFields({ ...base, version: 9 }, base)).toEqual([]);
  });
});
