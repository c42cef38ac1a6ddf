import type { ClinicId, StaffId } from '../../core/ids';
import type {
  ClinicStaffList,
  CreateStaffRequest,
  StaffMember,
  StaffPasswordAnswer,
} from '../../core/protocol/adminStaff';
import {
  clinicStaffListSchema,
  staffMemberAnswerSchema,
  staffPasswordAnswerSchema,
} from '../../core/protocol/adminStaff';
import type { StaffRole } from '../../core/protocol/session';
import type { Transport } from '../transport';
import type { AdminResult } from './adminRequest';
import { adminRequest } from './adminRequest';

// The staff screen's calls (wire shapes in src/core/protocol/adminStaff.ts). The clinic is
// always named: the clinic admin's own, or the one the regional admin chose. A refusal keeps
// the register's per-field issues ("login": "login-taken", "disabled": "last-admin"), whose
// words are in src/core/staff/staffChanges.ts.

const TIMEOUT_MS = 20_000;

function staffPath(clinicId: ClinicId, staffId?: StaffId, action?: string): string {
  const base = `/api/admin/clinics/${encodeURIComponent(clinicId)}/staff`;
  return staffId === undefined
    ? base
    : `${base}/${encodeURIComponent(staffId)}${action === undefined ? '' : `/${action}`}`;
}

const memberOnly = staffMemberAnswerSchema.transform((answer) => answer.member);

export function listClinicStaff(
  transport: Transport,
  token: string,
  clinicId: ClinicId,
): Promise<AdminResult<ClinicStaffList>> {
  return adminRequest(
    transport,
    token,
    { method: 'GET', path: staffPath(clinicId), timeoutMs: TIMEOUT_MS },
    clinicStaffListSchema,
  );
}

/** The answer carries the generated password: show it once, keep it nowhere. */
export function createClinicMember(
  transport: Transport,
  token: string,
  clinicId: ClinicId,
  member: CreateStaffRequest,
): Promise<AdminResult<StaffPasswordAnswer>> {
  return adminRequest(
    transport,
    token,
    { method: 'POST', path: staffPath(clinicId), body: member, timeoutMs: TIMEOUT_MS },
    staffPasswordAnswerSchema,
  );
}

export function changeMemberRole(
  transport: Transport,
  token: string,
  member: { readonly clinicId: ClinicId; readonly staffId: StaffId; readonly role: StaffRole },
): Promise<AdminResult<StaffMember>> {
  return adminRequest(
    transport,
    token,
    {
      method: 'PUT',
      path: staffPath(member.clinicId, member.staffId, 'role'),
      body: { role: member.role },
      timeoutMs: TIMEOUT_MS,
    },
    memberOnly,
  );
}

export function setMemberDisabled(
  transport: Transport,
  token: string,
  member: { readonly clinicId: ClinicId; readonly staffId: StaffId; readonly disabled: boolean },
): Promise<AdminResult<StaffMember>> {
  return adminRequest(
    transport,
    token,
    {
      method: 'PUT',
      path: staffPath(member.clinicId, member.staffId, 'disabled'),
      body: { disabled: member.disabled },
      timeoutMs: TIMEOUT_MS,
    },
    memberOnly,
  );
}

/** A new generated password, shown once; the member's old password and sessions end. */
export function resetMemberPassword(
  transport: Transport,
  token: string,
  member: { readonly clinicId: ClinicId; readonly staffId: StaffId },
): Promise<AdminResult<StaffPasswordAnswer>> {
  return adminRequest(
    transport,
    token,
    {
      method: 'POST',
      path: staffPath(member.clinicId, member.staffId, 'password'),
      body: {},
      timeoutMs: TIMEOUT_MS,
    },
    staffPasswordAnswerSchema,
  );
}

/** The clinic's tablets forget the member's PIN at their next sync. */
export function resetMemberPin(
  transport: Transport,
  token: string,
  member: { readonly clinicId: ClinicId; readonly staffId: StaffId },
): Promise<AdminResult<StaffMember>> {
  return adminRequest(
    transport,
    token,
    {
      method: 'POST',
      path: staffPath(member.clinicId, member.staffId, 'pin-reset'),
      body: {},
      timeoutMs: TIMEOUT_MS,
    },
    memberOnly,
  );
}
