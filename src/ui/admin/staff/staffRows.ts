import type { ClinicStaffList, StaffMember } from '../../../core/protocol/adminStaff';
import type { StaffRole } from '../../../core/protocol/session';
import { STAFF_ROLES } from '../../../core/protocol/session';
import { organisationKindOf } from '../../../core/staff/organisation';

// The staff table as the screen keeps it between calls: each answer of the register carries
// the member as it now is, and replaces (or adds) that one row, so the list need not be
// fetched again after every change.

/** The roles a clinic's member may have: every role but the ministry's. */
export const CLINIC_ROLES: readonly StaffRole[] = STAFF_ROLES.filter(
  (role) => organisationKindOf(role) === 'clinic',
);

/** The list with `member` in place of its old row, or added in name order. */
export function withMember(list: ClinicStaffList, member: StaffMember): ClinicStaffList {
  const others = list.staff.filter((row) => row.id !== member.id);
  const staff = [...others, member].sort(
    (a, b) => a.displayName.localeCompare(b.displayName, 'ru') || a.id.localeCompare(b.id),
  );
  return { ...list, staff };
}
