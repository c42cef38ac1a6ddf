import { z } from 'zod';
import type { Clinic, ClinicSettings } from '../../core/clinic/settings';
import type { ClinicId } from '../../core/ids';
import type { ClinicStaffList, StaffMember } from '../../core/protocol/adminStaff';
import { settingsSavedSchema } from '../../core/protocol/clinic';
import { clinicResponseSchema } from '../../core/protocol/tablet';
import type { BodyIssue } from '../../core/protocol/apiErrors';
import type { Transport } from '../transport';
import type { AdminResult } from './adminRequest';
import { adminRequest } from './adminRequest';
import { listClinicStaff } from './staff';

// The clinic admin's settings screen in the administration area (issue #12 item 3): the same
// register routes the desk uses, called with the admin's password-session token from any
// device, keeping nothing on it (the desk's save also stores the clinic on its tablet).
//
//   GET /api/clinic            Bearer <staff token>  200 {"clinic":{"id":"0193…","code":"PKGP3",
//                                                         …,"settings":{"priceList":[…],…}}}
//   PUT /api/clinic/settings   Bearer <admin token>  {"settings":{…}}  200 {"clinic":{…}}
//       400 invalid-body, issues [{"path":"settings.requisites.ogrn","message":"ogrn-checksum"}]
//
// The clinic is always the admin's own: the register takes it from the session.

const TIMEOUT_MS = 20_000;
const SETTINGS_PREFIX = 'settings.';

const clinicOnly = z.pipe(
  clinicResponseSchema,
  z.transform((answer: { clinic: Clinic }) => answer.clinic),
);
const savedClinic = settingsSavedSchema.transform((answer) => answer.clinic);

export function loadOwnClinic(transport: Transport, token: string): Promise<AdminResult<Clinic>> {
  return adminRequest(
    transport,
    token,
    { method: 'GET', path: '/api/clinic', timeoutMs: TIMEOUT_MS },
    clinicOnly,
  );
}

export function saveOwnClinicSettings(
  transport: Transport,
  token: string,
  settings: ClinicSettings,
): Promise<AdminResult<Clinic>> {
  return adminRequest(
    transport,
    token,
    {
      method: 'PUT',
      path: '/api/clinic/settings',
      body: { settings },
      timeoutMs: TIMEOUT_MS,
    },
    savedClinic,
  );
}

/** Whom the commission order may name: the clinic's enabled staff of role `commission`. */
export function commissionCandidatesOf(list: ClinicStaffList): StaffMember[] {
  return list.staff.filter((member) => member.role === 'commission' && !member.disabled);
}

export async function loadCommissionCandidates(
  transport: Transport,
  token: string,
  clinicId: ClinicId,
): Promise<AdminResult<StaffMember[]>> {
  const answer = await listClinicStaff(transport, token, clinicId);
  return answer.ok ? { ok: true, value: commissionCandidatesOf(answer.value) } : answer;
}

/** The register's issue paths ("settings.requisites.ogrn") as the form's fields. */
export function settingsIssuesOf(
  issues: readonly BodyIssue[],
): { readonly path: string; readonly message: string }[] {
  return issues.map((issue) => ({
    path: issue.path.startsWith(SETTINGS_PREFIX)
      ? issue.path.slice(SETTINGS_PREFIX.length)
      : issue.path,
    message: issue.message,
  }));
}
