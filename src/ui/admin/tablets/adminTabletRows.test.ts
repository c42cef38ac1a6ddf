import { describe, expect, it } from 'vitest';
import type { ClinicId, TabletId } from '../../../core/ids';
import type { AdminTablet } from '../../../core/protocol/adminTablets';
import { warningLines, withAdminWithdrawal } from './adminTabletRows';

function tablet(id: string, warnings: AdminTablet['warnings']): AdminTablet {
  return {
    id: id as TabletId,
    code: 'T2',
    name: 'Окно 2',
    status: 'enrolled',
    enrolledAt: '2026-11-01T00:00:00.000Z',
    lastSeenAt: '2026-11-26T08:00:00.000Z',
    lastPushAt: null,
    recordsPushed: 4,
    withdrawnAt: null,
    replaces: null,
    replacedBy: null,
    clinic: {
      id: 'c' as ClinicId,
      code: 'PKGP3',
      nameRu: 'ПКГП № 3',
      nameEn: 'Clinic 3',
      utcOffsetMinutes: 720,
    },
    backlog: null,
    warnings,
  };
}

const stuck = tablet('a', [
  { kind: 'unsent-backlog', records: 3, oldestAt: '2026-11-27T22:14:00.000Z' },
]);
const fine = tablet('b', []);

describe('the administration Tablets screen’s warning lines', () => {
  it('lists only tablets with warnings, in words and in the clinic’s time', () => {
    const lines = warningLines([fine, stuck]);
    expect(lines.map((line) => line.tablet.id)).toEqual(['a']);
    expect(lines[0]?.texts).toEqual([
      {
        ru: '3 записи не отправлены с 28.11.2026 10:14',
        en: '3 records not sent since 28.11.2026 10:14',
      },
    ]);
  });

  it('drops a tablet from the warnings as soon as it is withdrawn', () => {
    const after = withAdminWithdrawal([fine, stuck], {
      id: 'a' as TabletId,
      withdrawnAt: '2026-12-01T09:00:00.000Z',
    });
    expect(after[1]).toMatchObject({ status: 'withdrawn', warnings: [] });
    expect(after[0]).toBe(fine);
    expect(warningLines(after)).toEqual([]);
  });
});
