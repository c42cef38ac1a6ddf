// Reports and exports of the administration area (issue #12), wire shapes of both sides.
//
//   GET /api/admin/reports?from=2026-11-01&to=2026-11-30&by=week&clinic=<clinic id>
//       Authorization: Bearer <staff token of an admin or the regional admin>
//   200 {"from":"2026-11-01","to":"2026-11-30","by":"week",
//        "clinics":[{"id":"0193…","code":"PKGP3","name":"ГБУЗ КК «…»",
//                    "rows":[{"bucket":{"key":"2026-10-26","from":"2026-11-01","to":"2026-11-01"},
//                             "figures":{…figures.ts…}}, …],
//                    "total":{…}}],
//        "rows":[…every clinic added up per bucket…],"total":{…},"empty":false}
//   400 bad-request (with words: the period is reversed or too long for its grain; a date
//       that is not YYYY-MM-DD) · 401 · 403 (not an admin) · 404 (a clinic out of reach)
//
//   POST /api/admin/exports {"format":"csv","from":"2026-11-01","to":"2026-11-30",
//                            "clinic":"0193…"}          (clinic: optional for the region)
//   202 {"id":"5f0c…","state":"running","done":0,"total":214,"fileName":"serodesk-PKGP3-…csv"}
//       ("state":"empty","total":0 when the period has no certificate: no file is made)
//   GET /api/admin/exports/<id>        200 {"id","state":"running"|"done"|"empty"|"failed",…}
//   GET /api/admin/exports/<id>/file   200 the file, Content-Disposition: attachment;
//       filename="serodesk-PKGP3-2026-11-01_2026-11-30.csv"; 404 until done, or for a job
//       that another staff member started, or after the file was cleaned up.
import { z } from 'zod';
import type { ClinicId } from '../ids';
import { idSchema } from '../ids';
import { calendarDateSchema } from '../records/calendarDate';
import { reportFiguresSchema } from '../report/figures';
import { REPORT_GRAINS } from '../report/period';

export const reportQuerySchema = z.object({
  from: calendarDateSchema,
  to: calendarDateSchema,
  by: z.enum(REPORT_GRAINS).default('day'),
  clinic: z.optional(idSchema<ClinicId>()),
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;

const reportRowSchema = z.object({
  bucket: z.object({ key: calendarDateSchema, from: calendarDateSchema, to: calendarDateSchema }),
  figures: reportFiguresSchema,
});
export type ReportRowView = z.infer<typeof reportRowSchema>;

export const clinicReportSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  rows: z.array(reportRowSchema),
  total: reportFiguresSchema,
});
export type ClinicReport = z.infer<typeof clinicReportSchema>;

export const reportResponseSchema = z.object({
  from: calendarDateSchema,
  to: calendarDateSchema,
  by: z.enum(REPORT_GRAINS),
  clinics: z.array(clinicReportSchema),
  rows: z.array(reportRowSchema),
  total: reportFiguresSchema,
  /** Nothing at all happened in the period, in any clinic asked about. */
  empty: z.boolean(),
});
export type ReportResponse = z.infer<typeof reportResponseSchema>;

export const EXPORT_FORMATS = ['csv', 'xlsx', 'fhir'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

export const exportRequestSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  from: calendarDateSchema,
  to: calendarDateSchema,
  clinic: z.optional(idSchema<ClinicId>()),
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export const EXPORT_JOB_STATES = ['running', 'done', 'empty', 'failed'] as const;
export type ExportJobState = (typeof EXPORT_JOB_STATES)[number];

export const exportJobSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{32}$/),
  state: z.enum(EXPORT_JOB_STATES),
  /** Certificates written so far, and in all. */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  fileName: z.string(),
});
export type ExportJobView = z.infer<typeof exportJobSchema>;

/** The longest export period, in days: three years, as the longest report. */
export const MAX_EXPORT_DAYS = 3 * 366;
