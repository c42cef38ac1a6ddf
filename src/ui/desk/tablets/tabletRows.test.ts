import { describe, expect, it } from 'vitest';
import type { TabletId } from '../../../core/ids';
import type { TabletSummary } from '../../../core/protocol/tablet';
import { silentDaysOf, STALE_AFTER_DAYS, tabletRowsOf, withWithdrawal } from './tabletRows';

const T1 = '0193a0b0-0000-7000-8000-0000000000a1' as TabletId;
const T2 = '0193a0b0-0000-7000-8000-0000000000a2' as TabletId;
const T5 = '0193a0b0-0000-7000-8000-0000000000a5' as TabletId;
const now = new Date('2026-11-26T10:00:00.000Z');
const hoursBefore = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

function tablet(id: TabletId, code: string, extra: Partial<TabletSummary> = {}): TabletSummary {
  return {
    id,
    code,
    name: `Окно ${code}`,
    status: 'enrolled',
    enrolledAt: hoursBefore(24 * 30),
    lastSeenAt: hoursBefore(1),
    lastPushAt: hoursBefore(1),
    recordsPushed: 0,
    withdrawnAt: null,
    replaces: null,
    replacedBy: null,
    ...extra,
  };
}

describe('which tablets the admin is warned about', () => {
  const silent = (hours: number) => ({
    lastPushAt: hoursBefore(hours),
    lastSeenAt: hoursBefore(hours),
  });

  it('highlights an enrolled tablet that has not synced for more than three days', () => {
    expect(STALE_AFTER_DAYS).toBe(3);
    expect(silentDaysOf(tablet(T1, 'T1', silent(24 * 3 + 1)), now)).toBe(3);
    expect(silentDaysOf(tablet(T1, 'T1', silent(24 * 9)), now)).toBe(9);
  });

  it('does not highlight a tablet that synced exactly three days ago or sooner', () => {
    expect(silentDaysOf(tablet(T1, 'T1', silent(24 * 3)), now)).toBeUndefined();
    expect(silentDaysOf(tablet(T1, 'T1', silent(2)), now)).toBeUndefined();
  });

  it('does not highlight a tablet that reached the register lately with nothing to push', () => {
    const idle = tablet(T1, 'T1', { lastPushAt: hoursBefore(24 * 10), lastSeenAt: hoursBefore(1) });
    const neverPushed = tablet(T1, 'T1', { lastPushAt: null, lastSeenAt: hoursBefore(1) });
    expect(silentDaysOf(idle, now)).toBeUndefined();
    expect(silentDaysOf(neverPushed, now)).toBeUndefined();
  });

  it('counts from enrolment for a tablet that never reached the register since', () => {
    const never = { lastPushAt: null, lastSeenAt: null };
    const fresh = tablet(T1, 'T1', { ...never, enrolledAt: hoursBefore(5) });
    const forgotten = tablet(T1, 'T1', { ...never, enrolledAt: hoursBefore(24 * 4) });
    expect(silentDaysOf(fresh, now)).toBeUndefined();
    expect(silentDaysOf(forgotten, now)).toBe(4);
  });

  it('does not highlight a withdrawn tablet: it can no longer push at all', () => {
    const gone = tablet(T1, 'T1', {
      status: 'withdrawn',
      withdrawnAt: hoursBefore(24 * 10),
      ...silent(24 * 20),
    });
    expect(silentDaysOf(gone, now)).toBeUndefined();
  });
});

describe('what each row of the Tablets screen offers', () => {
  const list = [
    tablet(T1, 'T1'),
    tablet(T2, 'T2', { status: 'withdrawn', withdrawnAt: hoursBefore(3), replacedBy: T5 }),
    tablet(T5, 'T5', { replaces: T2 }),
  ];

  it('marks this tablet and refuses to withdraw it, naming why', () => {
    const [first, , third] = tabletRowsOf(list, T1, now);
    expect(first?.isThisTablet).toBe(true);
    expect(first?.noWithdraw).toBe('this-tablet');
    expect(third?.isThisTablet).toBe(false);
    expect(third?.noWithdraw).toBeUndefined();
  });

  it('offers no withdrawal of a tablet already withdrawn', () => {
    expect(tabletRowsOf(list, T1, now)[1]?.noWithdraw).toBe('withdrawn');
  });

  it('names predecessor and successor by their codes', () => {
    const rows = tabletRowsOf(list, T1, now);
    expect(rows[1]?.replacedByCode).toBe('T5');
    expect(rows[2]?.replacesCode).toBe('T2');
    expect(rows[0]?.replacesCode).toBeUndefined();
    expect(rows[0]?.replacedByCode).toBeUndefined();
  });

  it('shows a confirmed withdrawal on its row only', () => {
    const after = withWithdrawal(list, { id: T5, withdrawnAt: now.toISOString() });
    expect(after[2]).toMatchObject({ status: 'withdrawn', withdrawnAt: now.toISOString() });
    expect(after[0]).toBe(list[0]);
    expect(tabletRowsOf(after, T1, now)[2]?.noWithdraw).toBe('withdrawn');
  });
});
