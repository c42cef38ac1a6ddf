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
import type { z } from 'zod';
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

type MemberRef = { readonly clinicId: ClinicId; readonly staffId: StaffId };

/** One call on one member, e.g. `PUT …/staff/<id>/role {"role":"lab"}`. */
function memberCall<S extends z.ZodType>(
  transport: Transport,
  token: string,
  member: MemberRef,
  call: { readonly method: 'PUT' | 'POST'; readonly action: string; readonly body: object },
  schema: S,
): Promise<AdminResult<z.infer<S>>> {
  return adminRequest(
    transport,
    token,
    {
      method: call.method,
      path: staffPath(member.clinicId, member.staffId, call.action),
      body: call.body,
      timeoutMs: TIMEOUT_MS,
    },
    schema,
  );
}

export function changeMemberRole(
  transport: Transport,
  token: string,
  member: MemberRef & { readonly role: StaffRole },
): Promise<AdminResult<StaffMember>> {
  const call = { method: 'PUT', action: 'role', body: { role: member.role } } as const;
  return memberCall(transport, token, member, call, memberOnly);
}

export function setMemberDisabled(
  transport: Transport,
  token: string,
  member: MemberRef & { readonly disabled: boolean },
): Promise<AdminResult<StaffMember>> {
  const call = { method: 'PUT', action: 'disabled', body: { disabled: member.disabled } } as const;
  return memberCall(transport, token, member, call, memberOnly);
}

/** A new generated password, shown once; the member's old password and sessions end. */
export function resetMemberPassword(
  transport: Transport,
  token: string,
  member: MemberRef,
): Promise<AdminResult<StaffPasswordAnswer>> {
  const call = { method: 'POST', action: 'password', body: {} } as const;
  return memberCall(transport, token, member, call, staffPasswordAnswerSchema);
}

/** The clinic's tablets forget the member's PIN at their next sync. */
export function resetMemberPin(
  transport: Transport,
  token: string,
  member: MemberRef,
): Promise<AdminResult<StaffMember>> {
  const call = { method: 'POST', action: 'pin-reset', body: {} } as const;
  return memberCall(transport, token, member, call, memberOnly);
}
