import { z } from 'zod';
import type { ClinicId } from '../ids';
import { idSchema } from '../ids';
import { tabletSummarySchema } from './tablet';

// The administrators' tablet list (issue #12, src/register/routes/adminTablets.ts). A clinic's
// admin gets their clinic's tablets, in order of enrolment; the regional administrator every
// clinic's, those with warnings first. Each tablet is the desk's summary (./tablet.ts) plus
// its clinic (with its time zone, to show times as the clinic reads them), what it reported
// about its unsent records at its last contact, and its warnings
// (src/core/tablet/tabletWarnings.ts):
//
//   GET /api/admin/tablets   Authorization: Bearer <staff token: admin or regional>
//   200 {"checkedAt":"2026-12-01T09:00:00.000Z","silentHours":72,"backlogHours":24,
//        "tablets":[{"id":"0193…b2","code":"T2","name":"Окно 2","status":"enrolled",
//          "enrolledAt":"2026-11-02T08:00:00.000Z","lastSeenAt":"2026-11-26T08:00:00.000Z",
//          "lastPushAt":"2026-11-26T08:00:00.000Z","recordsPushed":214,"withdrawnAt":null,
//          "replaces":null,"replacedBy":null,
//          "clinic":{"id":"0193…c1","code":"PKGP3","nameRu":"ГБУЗ «ПКГП № 3»",
//                    "nameEn":"Clinic No. 3","utcOffsetMinutes":720},
//          "backlog":{"records":3,"oldestAt":"2026-11-25T22:14:00.000Z",
//                     "reportedAt":"2026-11-26T08:00:00.000Z"},
//          "warnings":[{"kind":"silent","lastContactAt":"2026-11-26T08:00:00.000Z","hours":121},
//                      {"kind":"unsent-backlog","records":3,"oldestAt":"2026-11-25T22:14:00.000Z"}]}]}
//   401 unauthenticated · 403 forbidden (any other role)
//
// `backlog` is null until the tablet reports one (a tablet of before issue #12 never does);
// `oldestAt` is null when nothing waited.
//
//   POST /api/admin/tablets/0193…b2/withdraw   Authorization: Bearer <admin or regional>
//   200 {"tablet":{"id":"0193…b2","status":"withdrawn","withdrawnAt":"2026-12-01T09:05:00.000Z"}}
//   401 · 403 · 404 not-found (no such tablet, or a clinic admin asking about another clinic's)
//
// The withdrawal answers as POST /api/tablets/:id/withdraw does (tabletWithdrawnResponseSchema
// in ./tablet.ts); twice keeps the first time.

export const tabletWarningSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('unsent-backlog'),
    records: z.number().int().positive(),
    oldestAt: z.string(),
  }),
  z.object({
    kind: z.literal('silent'),
    lastContactAt: z.string().nullable(),
    hours: z.number().int().nonnegative(),
  }),
]);

export const tabletClinicSchema = z.object({
  id: idSchema<ClinicId>(),
  code: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  utcOffsetMinutes: z.number().int(),
});
export type TabletClinic = z.infer<typeof tabletClinicSchema>;

export const reportedBacklogSchema = z.object({
  records: z.number().int().nonnegative(),
  oldestAt: z.string().nullable(),
  reportedAt: z.string(),
});
export type ReportedBacklog = z.infer<typeof reportedBacklogSchema>;

export const adminTabletSchema = z.object({
  ...tabletSummarySchema.shape,
  clinic: tabletClinicSchema,
  backlog: reportedBacklogSchema.nullable(),
  warnings: z.array(tabletWarningSchema),
});
export type AdminTablet = z.infer<typeof adminTabletSchema>;

export const adminTabletListSchema = z.object({
  checkedAt: z.string(),
  silentHours: z.number().int().positive(),
  backlogHours: z.number().int().positive(),
  tablets: z.array(adminTabletSchema),
});
export type AdminTabletList = z.infer<typeof adminTabletListSchema>;
