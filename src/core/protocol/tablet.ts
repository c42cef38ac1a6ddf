import { z } from 'zod/mini';
import { clinicSchema } from '../clinic/settings';
import type { TabletId } from '../ids';
import { idSchema } from '../ids';
import { predecessorSchema } from './predecessor';

export type { Predecessor } from './predecessor';
export { predecessorSchema } from './predecessor';

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
// A device whose browser data was cleared enrols again (new id, code and key) and may name
// the tablet it used to be; the register keeps the link and answers with what it holds from
// that predecessor, so the desk can say what was restored and what could not be:
//
//   POST /api/tablets  {"name":"Окно 2","publicJwk":{…},"replaces":"0193…b2"}
//   201  {"tablet":{…,"code":"T5"},"token":"…","clinic":{…},
//         "predecessor":{"id":"0193…b2","code":"T2","name":"Окно 2","recordsPushed":214,
//                        "lastPushAt":"2026-11-25T17:40:00.000Z"}}
//   400  invalid-body (issue path "replaces": no such tablet in this clinic)
//
// The clinic's tablets, for that choice and for the clinic's admin:
//
//   GET  /api/tablets   Authorization: Bearer <staff token: registrar or admin>
//   200  {"tablets":[{"id":"0193…b2","code":"T2","name":"Окно 2","status":"enrolled",
//                     "enrolledAt":"…","lastSeenAt":"…","lastPushAt":"…","recordsPushed":214,
//                     "withdrawnAt":null,"replaces":null,"replacedBy":"0193…e5"}]}
//
// `recordsPushed` counts distinct records the register accepted from that tablet (accepted or
// merged ops of the sync log), whoever edited them later: what a wiped tablet can get back.
//
//   GET  /api/clinic    Authorization: Bearer <staff or tablet token>   → 200 {clinic}
export const publicJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  y: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  kid: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  use: z.literal('sig'),
  alg: z.literal('ES256'),
});
export type PublicJwk = z.infer<typeof publicJwkSchema>;

export const enrolRequestSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  publicJwk: publicJwkSchema,
  /** The tablet this device was before its data was cleared. */
  replaces: z.optional(idSchema<TabletId>()),
});
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;

export const enrolledTabletSchema = z.object({
  id: idSchema<TabletId>(),
  code: z.string().check(z.regex(/^[A-Z0-9]{1,6}$/)),
  name: z.string(),
  enrolledAt: z.string(),
});

export const enrolResponseSchema = z.object({
  tablet: enrolledTabletSchema,
  token: z.string().check(z.minLength(16)),
  clinic: clinicSchema,
  predecessor: z.optional(predecessorSchema),
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

export const clinicResponseSchema = z.object({ clinic: clinicSchema });

export const TABLET_STATUSES = ['enrolled', 'withdrawn'] as const;

export const tabletSummarySchema = z.object({
  id: idSchema<TabletId>(),
  code: z.string(),
  name: z.string(),
  status: z.enum(TABLET_STATUSES),
  enrolledAt: z.string(),
  lastSeenAt: z.nullable(z.string()),
  lastPushAt: z.nullable(z.string()),
  recordsPushed: z.number().check(z.int(), z.nonnegative()),
  withdrawnAt: z.nullable(z.string()),
  replaces: z.nullable(idSchema<TabletId>()),
  replacedBy: z.nullable(idSchema<TabletId>()),
});
export type TabletSummary = z.infer<typeof tabletSummarySchema>;

export const tabletListResponseSchema = z.object({ tablets: z.array(tabletSummarySchema) });
export type TabletListResponse = z.infer<typeof tabletListResponseSchema>;

// Withdrawing a lost or retired tablet, by the clinic's admin (src/register/routes/tabletWithdraw.ts):
//
//   POST /api/tablets/0193…/withdraw   Authorization: Bearer <admin's staff token>
//   200  {"tablet":{"id":"0193…","status":"withdrawn","withdrawnAt":"2026-11-26T10:00:00.000Z"}}
//
// Withdrawing twice answers with the first time.
export const tabletWithdrawnResponseSchema = z.object({
  tablet: z.object({
    id: idSchema<TabletId>(),
    status: z.literal('withdrawn'),
    withdrawnAt: z.string(),
  }),
});
export type TabletWithdrawnResponse = z.infer<typeof tabletWithdrawnResponseSchema>;
