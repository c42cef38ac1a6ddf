import { describe, expect, it } from 'vitest';
import type { ClinicId, StaffId } from '../../../core/ids';
import type { ClinicStaffList, StaffMember } from '../../../core/protocol/adminStaff';
import { CLINIC_ROLES, withMember } from './staffRows';

function member(id: string, displayName: string): StaffMember {
  return {
    id: id as StaffId,
    login: displayName.toLowerCase(),
    displayName,
    role: 'registrar',
    disabled: false,
    disabledAt: null,
    createdAt: '2026-12-01T08:00:00.000Z',
    onCommission: false,
    pinResetAt: null,
  };
}

const list: ClinicStaffList = {
  clinic: { id: 'c' as ClinicId, code: 'PKGP3', nameRu: 'ГП № 3', nameEn: 'Clinic 3' },
  staff: [member('1', 'Борисова'), member('2', 'Иванова')],
};

describe('the staff table between calls', () => {
  it('replaces the changed member in place', () => {
    const changed = { ...member('2', 'Иванова'), disabled: true };
    expect(withMember(list, changed).staff).toEqual([member('1', 'Борисова'), changed]);
  });

  it('adds a new member in name order', () => {
    const names = withMember(list, member('3', 'Васильева')).staff.map((m) => m.displayName);
    expect(names).toEqual(['Борисова', 'Васильева', 'Иванова']);
  });

  it('offers every desk role in a clinic, never the regional one', () => {
    expect(CLINIC_ROLES).toContain('admin');
    expect(CLINIC_ROLES).not.toContain('regional');
  });
});
