import { z } from 'zod';
import { clinicSchema } from '../clinic/settings';
import type { TabletId } from '../ids';
import { idSchema } from '../ids';

// Enrolment of a tablet at the register, once, online, by a registrar or admin of its clinic.
// The tablet sends its name and the public half of the signing key it made (the private half
// never leaves it); the register answers with the tablet's id and code (used in contract and
// certificate numbers), a tablet token for sync, and the clinic's settings.
//
//   POST /api/tablets   Authorization: Bearer <staff token>
//        {"name":"Регистратура, окно 1",
//         "publicJwk":{"kty":"EC","crv":"P-256","x":"…","y":"…","kid":"…","use":"sig","alg":"ES256"}}
//   201  {"tablet":{"id":"0193…","code":"T1","name":"Регистратура, окно 1",
//                   "enrolledAt":"2026-11-26T09:00:00.000Z"},
//         "token":"k3V…","clinic":{"id":"0193…","code":"PKGP3",…,"settings":{…}}}
//   403  {"error":{"code":"role-may-not-enrol",…}}   409 {"error":{"code":"key-already-enrolled",…}}
//
//   GET  /api/clinic    Authorization: Bearer <staff or tablet token>   → 200 {clinic}
export const publicJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  y: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  kid: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  use: z.literal('sig'),
  alg: z.literal('ES256'),
});
export type PublicJwk = z.infer<typeof publicJwkSchema>;

export const enrolRequestSchema = z.object({
  name: z.string().trim().min(1).max(80),
  publicJwk: publicJwkSchema,
});
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;

export const enrolledTabletSchema = z.object({
  id: idSchema<TabletId>(),
  code: z.string().regex(/^[A-Z0-9]{1,6}$/),
  name: z.string(),
  enrolledAt: z.string(),
});

export const enrolResponseSchema = z.object({
  tablet: enrolledTabletSchema,
  token: z.string().min(16),
  clinic: clinicSchema,
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

export const clinicResponseSchema = z.object({ clinic: clinicSchema });
