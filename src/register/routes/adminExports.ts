import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ExportFormatName } from '../../core/protocol/adminReports';
import { exportRequestSchema } from '../../core/protocol/adminReports';
import { checkPeriod } from '../../core/report/period';
import { clinicIdsFor, requireAdmin } from '../auth/adminScope';
import type { RegisterContext } from '../context';
import { replyError } from '../http/apiError';
import { reportClinics } from '../report/buildReport';
import { createExportJobs, EXPORT_SWEEP_INTERVAL_MS } from '../report/exportJobs';
import { dateWords, replyBadPeriod } from './adminReports';

// Exports from the administration screen, as jobs with progress (report/exportJobs.ts; wire
// shapes and example in src/core/protocol/adminReports.ts):
//
//   POST /api/admin/exports {"format":"csv","from":"2026-11-01","to":"2026-11-30"}
//        202 {"id":"5f0c…","state":"running","done":0,"total":214,"fileName":"…"}
//   GET  /api/admin/exports/<id>       200 {"state":"done","done":214,"total":214,…}
//   GET  /api/admin/exports/<id>/file  200 the file
//
// The scope is the report's: a clinic's admin exports their clinic (another clinic's id:
// 404), the regional administrator every clinic or the one named.

const CONTENT_TYPES: { readonly [K in ExportFormatName]: string } = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  fhir: 'application/fhir+json; charset=utf-8',
};

const jobParamsSchema = z.object({ id: z.string().regex(/^[0-9a-f]{32}$/) });

/** `attachment; filename="…"` with the UTF-8 form too, for a clinic code in Cyrillic. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function registerAdminExportRoutes(app: FastifyInstance, context: RegisterContext): void {
  const jobs = createExportJobs({
    db: context.db,
    dir: path.join(context.config.dataDir, 'exports'),
    issuerUrl: context.config.issuerUrl,
    now: context.now,
    random: context.random,
    log: app.log,
  });
  let timer: ReturnType<typeof setInterval> | undefined;
  app.addHook('onReady', async () => {
    await jobs.clear();
    timer = setInterval(() => {
      jobs.sweep().catch((error: unknown) => {
        app.log.warn({ err: error }, 'sweeping old export files failed; next time again');
      });
    }, EXPORT_SWEEP_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await jobs.settled();
  });

  app.post('/api/admin/exports', async (request, reply) => {
    const caller = await requireAdmin(request, reply, context);
    if (caller === null) return reply;
    const body = exportRequestSchema.safeParse(request.body);
    if (!body.success) {
      const words = dateWords(body.error);
      if (words.length > 0) return replyBadPeriod(reply, words);
      return replyError(reply, 'invalid-body', {
        detail: 'format: csv, xlsx or fhir; clinic: a clinic id',
        issues: body.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          message: issue.message,
        })),
      });
    }
    const { format, from, to, clinic } = body.data;
    const period = checkPeriod({ from, to, by: 'month' });
    if (!period.ok) {
      return replyBadPeriod(reply, [{ path: 'to', reason: period.reason }], period.detail);
    }
    const clinics = await reportClinics(context.db, clinicIdsFor(caller.scope, clinic));
    if (clinic !== undefined && clinics.length === 0) return replyError(reply, 'not-found');
    const one = caller.scope.kind === 'clinic' || clinic !== undefined ? clinics[0] : undefined;
    const started = await jobs.start({
      staffId: caller.staff.id,
      format,
      from,
      to,
      clinics,
      ...(one === undefined ? {} : { clinicCode: one.code }),
    });
    if (!started.ok) return replyError(reply, 'export-busy', { detail: started.detail });
    return reply.code(202).header('Cache-Control', 'no-store').send(started.job);
  });

  app.get('/api/admin/exports/:id', async (request, reply) => {
    const caller = await requireAdmin(request, reply, context);
    if (caller === null) return reply;
    const params = jobParamsSchema.safeParse(request.params);
    const job = params.success ? jobs.view(params.data.id, caller.staff.id) : undefined;
    if (job === undefined) return replyError(reply, 'not-found');
    return reply.header('Cache-Control', 'no-store').send(job);
  });

  app.get('/api/admin/exports/:id/file', async (request, reply) => {
    const caller = await requireAdmin(request, reply, context);
    if (caller === null) return reply;
    const params = jobParamsSchema.safeParse(request.params);
    const file = params.success ? jobs.file(params.data.id, caller.staff.id) : undefined;
    if (file === undefined) return replyError(reply, 'not-found');
    return reply
      .header('Content-Type', CONTENT_TYPES[file.format])
      .header('Content-Disposition', attachment(file.fileName))
      .header('Cache-Control', 'no-store')
      .send(createReadStream(file.path));
  });
}
