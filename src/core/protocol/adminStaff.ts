import { z } from 'zod';
import type { ClinicId, StaffId } from '../ids';
import { idSchema } from '../ids';
import { staffRoleSchema } from './session';

// A clinic's staff as its administrator (or the regional one) manages them (issue #12). The
// clinic is named in the path: a clinic admin reaches only their own (another clinic's id
// answers 404, as if it did not exist); the regional admin any clinic of kind "clinic",
// chosen from GET /api/admin/clinics (src/core/protocol/adminClinics.ts).
//
//   GET  /api/admin/clinics/<clinicId>/staff
//   200 {"clinic":{"id":"0193…","code":"PKGP3","nameRu":"…","nameEn":"…"},
//        "staff":[{"id":"0193…","login":"registrar","displayName":"Иванова Мария Петровна",
//                  "role":"registrar","disabled":false,"disabledAt":null,
//                  "createdAt":"2026-11-20T08:00:00.000Z","onCommission":false,
//                  "pinResetAt":null}]}
//
//   POST /api/admin/clinics/<clinicId>/staff  {"login":"petrova","displayName":"Петрова Анна",
//                                              "role":"registrar"}
//   201 {"member":{…as in the list},"password":"q83vEjRWeJA4sL0m"}   (shown once, never again)
//
//   PUT  /api/admin/clinics/<clinicId>/staff/<staffId>/role      {"role":"lab"}
//   PUT  /api/admin/clinics/<clinicId>/staff/<staffId>/disabled  {"disabled":true}
//   POST /api/admin/clinics/<clinicId>/staff/<staffId>/pin-reset {}
//   200 {"member":{…}}
//   POST /api/admin/clinics/<clinicId>/staff/<staffId>/password  {}
//   200 {"member":{…},"password":"…"}   (the old password and every session stop working)
//
//   400 invalid-body, issues [{"path":"login","message":"login-format"}]
//   409 login-taken,  issues [{"path":"login","message":"login-taken"}]
//   409 staff-change-refused, issues [{"path":"disabled","message":"last-admin"}]
//   401 unauthenticated · 403 forbidden (not an admin) · 404 not-found (clinic or member)
//
// Issue messages are reason codes of src/core/staff/staffChanges.ts, so the screen puts its
// own ru/en words next to the field. The generated password travels only in the answer that
// made it; the register keeps its scrypt hash.

export const staffClinicSchema = z.object({
  id: idSchema<ClinicId>(),
  code: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
});
export type StaffClinic = z.infer<typeof staffClinicSchema>;

export const staffMemberSchema = z.object({
  id: idSchema<StaffId>(),
  login: z.string(),
  displayName: z.string(),
  role: staffRoleSchema,
  disabled: z.boolean(),
  disabledAt: z.string().nullable(),
  createdAt: z.string(),
  /** Named in the clinic's commission order (settings.commission). */
  onCommission: z.boolean(),
  pinResetAt: z.string().nullable(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const clinicStaffListSchema = z.object({
  clinic: staffClinicSchema,
  staff: z.array(staffMemberSchema),
});
export type ClinicStaffList = z.infer<typeof clinicStaffListSchema>;

/** Only the shape: the rules (login format, name, role fit) are checked with their reasons. */
export const createStaffRequestSchema = z.object({
  login: z.string().max(200),
  displayName: z.string().max(1000),
  role: staffRoleSchema,
});
export type CreateStaffRequest = z.infer<typeof createStaffRequestSchema>;

export const changeRoleRequestSchema = z.object({ role: staffRoleSchema });
export const setDisabledRequestSchema = z.object({ disabled: z.boolean() });

export const staffMemberAnswerSchema = z.object({ member: staffMemberSchema });
export type StaffMemberAnswer = z.infer<typeof staffMemberAnswerSchema>;

export const staffPasswordAnswerSchema = z.object({
  member: staffMemberSchema,
  password: z.string().min(8),
});
export type StaffPasswordAnswer = z.infer<typeof staffPasswordAnswerSchema>;
