import { describe, expect, it } from 'vitest';
import type { TabletFacts } from './tabletWarnings';
import { DEFAULT_SILENT_HOURS, tabletWarnings } from './tabletWarnings';

const now = new Date('2026-12-01T12:00:00.000Z');
const thresholds = { silentHours: DEFAULT_SILENT_HOURS };

function tablet(overrides: Partial<TabletFacts> = {}): TabletFacts {
  return {
    status: 'enrolled',
    enrolledAt: '2026-11-01T09:00:00.000Z',
    lastSeenAt: '2026-12-01T11:00:00.000Z',
    lastPushAt: '2026-12-01T11:00:00.000Z',
    backlog: { records: 0, oldestAt: null },
    ...overrides,
  };
}

describe('tablet warnings', () => {
  it('warns about nothing for a tablet that synced an hour ago with nothing waiting', () => {
    expect(tabletWarnings(tablet(), now, thresholds)).toEqual([]);
  });

  it('warns when the oldest record not accepted is more than 24 hours old', () => {
    const backlog = { records: 3, oldestAt: '2026-11-30T11:59:00.000Z' };
    expect(tabletWarnings(tablet({ backlog }), now, thresholds)).toEqual([
      { kind: 'unsent-backlog', records: 3, oldestAt: '2026-11-30T11:59:00.000Z' },
    ]);
  });

  it('does not warn about a backlog younger than 24 hours, nor a report of nothing waiting', () => {
    const young = { records: 40, oldestAt: '2026-11-30T12:01:00.000Z' };
    expect(tabletWarnings(tablet({ backlog: young }), now, thresholds)).toEqual([]);
    const empty = { records: 0, oldestAt: '2026-11-01T00:00:00.000Z' };
    expect(tabletWarnings(tablet({ backlog: empty }), now, thresholds)).toEqual([]);
    expect(tabletWarnings(tablet({ backlog: null }), now, thresholds)).toEqual([]);
  });

  it('warns about a tablet not seen for longer than the configured hours, from its latest contact', () => {
    const silent = tablet({
      lastSeenAt: '2026-11-26T08:00:00.000Z',
      lastPushAt: '2026-11-25T08:00:00.000Z',
    });
    expect(tabletWarnings(silent, now, thresholds)).toEqual([
      { kind: 'silent', lastContactAt: '2026-11-26T08:00:00.000Z', hours: 124 },
    ]);
    expect(tabletWarnings(silent, now, { silentHours: 200 })).toEqual([]);
  });

  it('counts silence from enrolment for a tablet that never made contact', () => {
    const never = tablet({ lastSeenAt: null, lastPushAt: null, backlog: null });
    expect(tabletWarnings(never, now, thresholds)).toEqual([
      { kind: 'silent', lastContactAt: null, hours: 723 },
    ]);
    const justEnrolled = { ...never, enrolledAt: '2026-12-01T10:00:00.000Z' };
    expect(tabletWarnings(justEnrolled, now, thresholds)).toEqual([]);
  });

  it('gives both warnings for a silent tablet that last reported an old backlog', () => {
    const both = tablet({
      lastSeenAt: '2026-11-20T08:00:00.000Z',
      lastPushAt: null,
      backlog: { records: 12, oldestAt: '2026-11-19T08:00:00.000Z' },
    });
    expect(tabletWarnings(both, now, thresholds).map((w) => w.kind)).toEqual([
      'silent',
      'unsent-backlog',
    ]);
  });

  it('never warns about a withdrawn tablet, however silent or behind', () => {
    const withdrawn = tablet({
      status: 'withdrawn',
      lastSeenAt: '2026-10-01T08:00:00.000Z',
      lastPushAt: null,
      backlog: { records: 12, oldestAt: '2026-09-30T08:00:00.000Z' },
    });
    expect(tabletWarnings(withdrawn, now, thresholds)).toEqual([]);
  });
});
