import { describe, expect, it } from 'vitest';
import type { TabletId } from '../../core/ids';
import type { TabletSummary } from '../../core/protocol/tablet';
import { predecessorCandidates, sameNameCandidate } from './predecessorCandidates';

function tablet(code: string, overrides: Partial<TabletSummary> = {}): TabletSummary {
  const n = code.slice(1).padStart(12, '0');
  return {
    id: `0193a1c0-7a00-7000-8000-${n}` as TabletId,
    code,
    name: `Окно ${code.slice(1)}`,
    status: 'enrolled',
    enrolledAt: '2026-11-20T09:00:00.000Z',
    lastSeenAt: null,
    lastPushAt: null,
    recordsPushed: 0,
    withdrawnAt: null,
    replaces: null,
    replacedBy: null,
    ...overrides,
  };
}

describe('predecessor candidates', () => {
  it('leaves out tablets already succeeded and lists enrolled ones before withdrawn, by number', () => {
    const t3 = tablet('T3');
    const list = predecessorCandidates([
      tablet('T10'),
      tablet('T1', { status: 'withdrawn', withdrawnAt: '2026-11-21T09:00:00.000Z' }),
      tablet('T2', { replacedBy: t3.id }),
      t3,
    ]);
    expect(list.map((t) => t.code)).toEqual(['T3', 'T10', 'T1']);
  });

  it('suggests the tablet whose name matches what was typed, ignoring case and spacing', () => {
    const list = [tablet('T1'), tablet('T2', { name: 'Регистратура, окно 2' })];
    expect(sameNameCandidate(list, '  регистратура,  ОКНО 2 ')).toBe(list[1]?.id);
    expect(sameNameCandidate(list, 'Касса')).toBeNull();
    expect(sameNameCandidate(list, '')).toBeNull();
  });

  it('suggests nothing when two tablets share the typed name', () => {
    const list = [tablet('T1', { name: 'Окно' }), tablet('T2', { name: 'Окно' })];
    expect(sameNameCandidate(list, 'Окно')).toBeNull();
  });
});
