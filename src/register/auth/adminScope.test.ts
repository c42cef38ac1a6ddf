import { describe, expect, it } from 'vitest';
import type { StaffRole } from '../../core/protocol/session';
import type { SessionStaff } from './staffSessions';
import { adminScopeOf, clinicIdsFor, scopeReaches } from './adminScope';

const CLINIC = '0193a0b0-0000-7000-8000-000000000001';
const OTHER = '0193a0b0-0000-7000-8000-000000000009';

function member(role: StaffRole): SessionStaff {
  const id = '0193a0b0-0000-7000-8000-000000000002' as SessionStaff['id'];
  const clinicId = CLINIC as SessionStaff['clinicId'];
  return {
    id,
    staffId: id,
    clinicId,
    login: role,
    displayName: role,
    role,
    clinic: { id: clinicId, code: 'PKGP3', nameRu: '', nameEn: '' },
  };
}

describe('who administers what at the register', () => {
  it('gives a clinic admin their own clinic and the regional admin the region', () => {
    expect(adminScopeOf(member('admin'))).toEqual({ kind: 'clinic', clinicId: CLINIC });
    expect(adminScopeOf(member('regional'))).toEqual({ kind: 'region' });
  });

  it('gives desk roles and verifiers no admin scope', () => {
    for (const role of ['registrar', 'lab', 'commission', 'verifier'] as const) {
      expect(adminScopeOf(member(role))).toBeNull();
    }
  });

  it('lets a clinic admin reach only their clinic, and the region every clinic', () => {
    expect(scopeReaches({ kind: 'clinic', clinicId: CLINIC }, CLINIC)).toBe(true);
    expect(scopeReaches({ kind: 'clinic', clinicId: CLINIC }, OTHER)).toBe(false);
    expect(scopeReaches({ kind: 'region' }, OTHER)).toBe(true);
  });

  it('narrows queries to the clinic admin’s clinic whatever they ask for', () => {
    const own = { kind: 'clinic', clinicId: CLINIC } as const;
    expect(clinicIdsFor(own, undefined)).toEqual([CLINIC]);
    expect(clinicIdsFor(own, CLINIC)).toEqual([CLINIC]);
    expect(clinicIdsFor(own, OTHER)).toEqual([]);
    expect(clinicIdsFor({ kind: 'region' }, undefined)).toBeUndefined();
    expect(clinicIdsFor({ kind: 'region' }, OTHER)).toEqual([OTHER]);
  });
});
