import type { FastifyInstance } from 'fastify';
import { idSchema } from '../../core/ids';
import { revocationRequestSchema } from '../../core/protocol/revocation';
import type { RegisterContext } from '../context';
import { replyError } from '../http/apiError';
import { describeIssues, parseBody } from '../http/parseBody';
import { revokeAndAnswer } from './revocationAnswer';
import { authenticateStaff } from './session';
import { mayWrite } from '../../core/records/permissions';

// Revoking a certificate at the register (wire shapes in src/core/protocol/revocation.ts):
//
//   POST /api/certificates/:id/revocation  Bearer <staff token: admin or commission>
//        {"reason":"fraud","note":"…"}
//        201 {"revocation":{…record…},"seq":4813}
//        400 invalid-body · 401 unauthenticated · 403 forbidden (other roles)
//        404 not-found (no such certificate in the member's clinic: others are not revealed)
//        409 already-revoked {"error":{…},"revocation":{…the existing one…}}
//        409 certificate-unsigned
//
// The CRL is updated after the record commits, as for a pushed revocation
// (sync/crlFromRevocation.ts); a crash between the two is healed by asking again, which
// answers 409 with the existing revocation and puts it on the CRL once more (idempotent).

const certificateIdSchema = idSchema();

export function registerCertificateRevocationRoute(
  app: FastifyInstance,
  context: RegisterContext,
): void {
  app.post<{ Params: { id: string } }>(
    '/api/certificates/:id/revocation',
    async (request, reply) => {
      const staff = await authenticateStaff(request, context);
      if (staff === null) return replyError(reply, 'unauthenticated');
      // The one table of who may write what: the desk offers revocation to the same roles.
      if (!mayWrite(staff.role, 'revocation')) return replyError(reply, 'forbidden');
      const id = certificateIdSchema.safeParse(request.params.id);
      if (!id.success) return replyError(reply, 'not-found');
      const body = parseBody(revocationRequestSchema, request.body);
      if (!body.ok) {
        return replyError(reply, 'invalid-body', {
          detail: describeIssues(body.issues),
          issues: body.issues,
        });
      }
      return revokeAndAnswer(request, reply, context, {
        certificateId: id.data,
        clinicId: staff.clinicId,
        staffId: staff.staffId,
        body: body.value,
        logMessage: 'certificate revoked at the register',
      });
    },
  );
}
