import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { ReportResponse } from '../../core/protocol/adminReports';
import { reportQuerySchema } from '../../core/protocol/adminReports';
import type { PeriodProblem } from '../../core/report/period';
import { checkPeriod } from '../../core/report/period';
import { PERIOD_PROBLEM_MESSAGES } from '../../core/report/periodMessages';
import { clinicIdsFor, requireAdmin } from '../auth/adminScope';
import type { RegisterContext } from '../context';
import { replyError } from '../http/apiError';
import { buildReport, reportClinics } from '../report/buildReport';

// GET /api/admin/reports?from=YYYY-MM-DD&to=YYYY-MM-DD&by=day|week|month&clinic=<id>
// The figures of a period per bucket, per clinic and in total (wire shape and example in
// src/core/protocol/adminReports.ts; what counts on which day in src/core/report/events.ts).
// A clinic's admin gets their own clinic (another clinic's id: 404, as if it did not exist);
// the regional administrator every clinic, or the one named.

type Words = { readonly path: string; readonly reason: PeriodProblem | 'period-not-a-date' };

/** A 400 that says, in both languages, what is wrong with which field. */
export function replyBadPeriod(
  reply: FastifyReply,
  words: readonly Words[],
  detail = '',
): FastifyReply {
  const text = words
    .map((word) => {
      const said = PERIOD_PROBLEM_MESSAGES[word.reason];
      return `${word.path}: ${said.en} / ${said.ru}`;
    })
    .join(' ');
  return replyError(reply, 'bad-request', {
    detail: `${text}${detail === '' ? '' : ` (${detail})`}`,
    issues: words.map((word) => ({ path: word.path, message: word.reason })),
  });
}

/** The issues of a query or body whose dates did not parse, as period words. */
export function dateWords(error: z.ZodError): Words[] {
  return error.issues
    .map((issue) => String(issue.path[0] ?? ''))
    .filter((path) => path === 'from' || path === 'to')
    .map((path) => ({ path, reason: 'period-not-a-date' as const }));
}

export function registerAdminReportRoutes(app: FastifyInstance, context: RegisterContext): void {
  app.get('/api/admin/reports', async (request, reply) => {
    const caller = await requireAdmin(request, reply, context);
    if (caller === null) return reply;
    const query = reportQuerySchema.safeParse(request.query);
    if (!query.success) {
      const words = dateWords(query.error);
      if (words.length > 0) return replyBadPeriod(reply, words);
      return replyError(reply, 'bad-request', {
        detail: 'by: day, week or month; clinic: a clinic id',
        issues: query.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          message: issue.message,
        })),
      });
    }
    const { clinic, ...asked } = query.data;
    const period = checkPeriod(asked);
    if (!period.ok)
      return replyBadPeriod(reply, [{ path: 'to', reason: period.reason }], period.detail);
    const clinics = await reportClinics(context.db, clinicIdsFor(caller.scope, clinic));
    if (clinic !== undefined && clinics.length === 0) return replyError(reply, 'not-found');
    const answer: ReportResponse = await buildReport(context.db, clinics, period.value);
    return reply.header('Cache-Control', 'no-store').send(answer);
  });
}
