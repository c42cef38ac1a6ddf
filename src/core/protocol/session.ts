import { z } from 'zod/mini';
import type { ClinicId, StaffId } from '../ids';
import { idSchema } from '../ids';

// Sign-in of a member of staff at the register.
//
//   POST /api/session   {"login":"registrar","password":"demo-registrar"}
//   200 {"token":"m1Zr…","staff":{"id":"0193…","login":"registrar",
//        "displayName":"Иванова Мария Петровна","role":"registrar",
//        "clinic":{"id":"0193…","code":"PKGP3","nameRu":"…","nameEn":"…"}}}
//   401 {"error":{"code":"invalid-credentials","message":"…"}}
//   429 {"error":{"code":"too-many-attempts","message":"…"}}
// `regional` is the regional register's administrator (issue #12): a member of the health
// ministry (an organisation of kind "authority", src/core/staff/organisation.ts), who sees
// every clinic at the register and works no desk.
export const STAFF_ROLES = [
  'registrar',
  'lab',
  'commission',
  'admin',
  'verifier',
  'regional',
] as const;
export const staffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const signInRequestSchema = z.object({
  login: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  password: z.string().check(z.minLength(1), z.maxLength(256)),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const staffInfoSchema = z.object({
  id: idSchema<StaffId>(),
  login: z.string(),
  displayName: z.string(),
  role: staffRoleSchema,
  clinic: z.object({
    id: idSchema<ClinicId>(),
    code: z.string(),
    nameRu: z.string(),
    nameEn: z.string(),
  }),
});
export type StaffInfo = z.infer<typeof staffInfoSchema>;

export const signInResponseSchema = z.object({
  token: z.string().check(z.minLength(16)),
  staff: staffInfoSchema,
});
export type SignInResponse = z.infer<typeof signInResponseSchema>;
