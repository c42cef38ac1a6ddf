import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idSchema } from '../../core/ids';
import type { CertificateQuery, CertificateSearch } from '../../core/protocol/adminCertificates';
import {
  adminRevocationRequestSchema,
  parseCertificateQuery,
} from '../../core/protocol/adminCertificates';
import { searchCertificates } from '../admin/certificateSearch';
import { requireAdmin } from '../auth/adminScope';
import type { RegisterContext } from '../context';
import { replyError } from '../http/apiError';
import { describeIssues, parseBody } from '../http/parseBody';
import { revokeAndAnswer } from './revocationAnswer';
import { parseRecordBody } from '../sync/recordStore';

// The regional administrator's certificate search and revocation (wire shapes and examples in
// src/core/protocol/adminCertificates.ts):
//
//   GET  /api/admin/certificates?number=KAM01-T03-2026-000017 | ?snils=112-233-445 95
//   POST /api/admin/certificates/:id/revocation {"reason":"fraud","note":"…"}
//
// "Only the issuing clinic may revoke" stays the rule for clinics (routes/
// certificateRevocation.ts). The ministry, which runs the register and its CRL, may revoke any
// clinic's certificate, as its own act: the revocation is a record of the certificate's clinic
// (so every tablet of that clinic pulls it) whose author is the regional administrator, and
// the CRL is updated after it commits exactly as for the clinic's own (docs/DECISIONS.md).

const queryStringSchema = z
  .object({ number: z.string().optional(), snils: z.string().optional() })
  .refine((q) => (q.number === undefined) !== (q.snils === undefined), 'give number or snils');

const certificateIdSchema = idSchema();

function queryOf(input: unknown): CertificateQuery | string {
  const parsed = queryStringSchema.safeParse(input);
  if (!parsed.success) return 'give exactly one of number=… or snils=…';
  const text = parsed.data.number ?? parsed.data.snils ?? '';
  const query = parseCertificateQuery(text);
  if (!query.ok) return query.reason;
  const asked = parsed.data.number === undefined ? 'snils' : 'number';
  return query.value.kind === asked ? query.value : `not a ${asked}`;
}

export function registerAdminCertificateRoutes(
  app: FastifyInstance,
  context: RegisterContext,
): void {
  app.get('/api/admin/certificates', async (request, reply) => {
    const caller = await requireAdmin(request, reply, context, 'region-only');
    if (caller === null) return reply;
    const query = queryOf(request.query);
    if (typeof query === 'string') return replyError(reply, 'bad-request', { detail: query });
    const found = await searchCertificates(context.db, query);
    const answer: CertificateSearch = { query, ...found };
    return reply.header('Cache-Control', 'no-store').send(answer);
  });

  app.post<{ Params: { id: string } }>(
    '/api/admin/certificates/:id/revocation',
    async (request, reply) => {
      const caller = await requireAdmin(request, reply, context, 'region-only');
      if (caller === null) return reply;
      const id = certificateIdSchema.safeParse(request.params.id);
      if (!id.success) return replyError(reply, 'not-found');
      const body = parseBody(adminRevocationRequestSchema, request.body);
      if (!body.ok) {
        return replyError(reply, 'invalid-body', {
          detail: describeIssues(body.issues),
          issues: body.issues,
        });
      }
      // The certificate's own clinic: the region reaches every clinic. A reprint shares its
      // original's QR, so revoking it is revoking the original.
      const row = await context.db.kysely
        .selectFrom('clinic_record')
        .select(['clinic_id', 'body'])
        .where('id', '=', id.data)
        .where('kind', '=', 'certificate')
        .executeTakeFirst();
      if (row === undefined) return replyError(reply, 'not-found');
      const certificate = parseRecordBody(row.body);
      const certificateId =
        certificate.kind === 'certificate' && certificate.duplicateOf !== undefined
          ? certificate.duplicateOf
          : id.data;
      return revokeAndAnswer(request, reply, context, {
        certificateId,
        clinicId: row.clinic_id,
        staffId: caller.staff.staffId,
        body: body.value,
        logMessage: 'certificate revoked by the regional administrator',
      });
    },
  );
}
