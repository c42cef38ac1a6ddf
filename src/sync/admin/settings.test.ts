import { describe, expect, it } from 'vitest';
import type { ClinicId, StaffId } from '../../core/ids';
import { DEFAULT_CLINIC_POLICY } from '../../core/clinic/settings';
import type { StaffMember } from '../../core/protocol/adminStaff';
import type { Transport } from '../transport';
import { commissionCandidatesOf, saveOwnClinicSettings, settingsIssuesOf } from './settings';

function member(login: string, role: StaffMember['role'], disabled = false): StaffMember {
  return {
    id: `0193a000-0000-7000-8000-00000000000${String(login.length)}` as StaffId,
    login,
    displayName: login,
    role,
    disabled,
    disabledAt: disabled ? '2026-11-30T10:00:00.000Z' : null,
    createdAt: '2026-11-20T08:00:00.000Z',
    onCommission: false,
    pinResetAt: null,
  };
}

describe('the administration area’s clinic settings calls', () => {
  it('offers only the enabled commission staff for the commission order', () => {
    const list = {
      clinic: {
        id: '0193a000-0000-7000-8000-000000000001' as ClinicId,
        code: 'PKGP3',
        nameRu: 'П',
        nameEn: 'P',
      },
      staff: [
        member('reg', 'registrar'),
        member('doc', 'commission'),
        member('gone', 'commission', true),
      ],
    };
    expect(commissionCandidatesOf(list).map((m) => m.login)).toEqual(['doc']);
  });

  it('names refused fields inside the settings, as the form knows them', () => {
    expect(
      settingsIssuesOf([
        { path: 'settings.requisites.ogrn', message: 'ogrn-checksum' },
        { path: 'settings', message: 'x' },
      ]),
    ).toEqual([
      { path: 'requisites.ogrn', message: 'ogrn-checksum' },
      { path: 'settings', message: 'x' },
    ]);
  });

  it('puts the whole settings document with the admin’s token and keeps the refusal’s fields', async () => {
    const sent: Parameters<Transport>[0][] = [];
    const transport: Transport = (request) => {
      sent.push(request);
      return Promise.resolve({
        ok: true,
        value: {
          status: 400,
          body: {
            error: {
              code: 'invalid-body',
              message: 'invalid',
              issues: [{ path: 'settings.requisites.ogrn', message: 'ogrn-checksum' }],
            },
          },
        },
      });
    };
    const answer = await saveOwnClinicSettings(transport, 'tok', {
      priceList: [],
      kits: [],
      policy: DEFAULT_CLINIC_POLICY,
    });
    expect(sent[0]).toMatchObject({ method: 'PUT', path: '/api/clinic/settings', token: 'tok' });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.reason).toBe('refused');
      expect(settingsIssuesOf(answer.issues)).toEqual([
        { path: 'requisites.ogrn', message: 'ogrn-checksum' },
      ]);
    }
  });
});
