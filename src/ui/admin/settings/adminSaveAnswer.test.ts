import { describe, expect, it } from 'vitest';
import { ADMIN_FAILURE_MESSAGES } from '../../../sync/admin/adminRequest';
import { adminSaveFailure } from './adminSaveAnswer';

describe('a failed save of the clinic settings in the administration area', () => {
  it('puts the register’s refused fields next to the form’s fields, in its own words', () => {
    const said = { ru: 'Неверный запрос.', en: 'Invalid request.' };
    expect(
      adminSaveFailure({
        ok: false,
        reason: 'refused',
        said,
        issues: [{ path: 'settings.commission.chairId', message: 'commission-member-unknown' }],
      }),
    ).toEqual({
      ok: false,
      notice: { kind: 'refused', said },
      issues: [{ path: 'commission.chairId', message: 'commission-member-unknown' }],
    });
  });

  it('says in our words why, when the register sent none', () => {
    expect(adminSaveFailure({ ok: false, reason: 'forbidden', issues: [] })).toEqual({
      ok: false,
      notice: { kind: 'refused', said: ADMIN_FAILURE_MESSAGES.forbidden },
      issues: [],
    });
    expect(adminSaveFailure({ ok: false, reason: 'timeout', issues: [] }).ok).toBe(false);
    expect(adminSaveFailure({ ok: false, reason: 'session-expired', issues: [] })).toMatchObject({
      notice: { kind: 'session-expired' },
    });
  });
});
