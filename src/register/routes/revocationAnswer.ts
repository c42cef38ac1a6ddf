import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RevocationRequest, RevocationResponse } from '../../core/protocol/revocation';
import type { RegisterContext } from '../context';
import { apiErrorBody, replyError } from '../http/apiError';
import { revokeInCrl } from '../sync/crlFromRevocation';
import { revokeCertificate } from '../sync/revokeCertificate';

// The one way a revocation asked of the register is written and answered, for a clinic's own
// (routes/certificateRevocation.ts) and the ministry's (routes/adminCertificates.ts):
//
//   201 {"revocation":{…record…},"seq":4813}
//   409 already-revoked {"error":{…},"revocation":{…the existing one…}}
//   404 not-found · 409 certificate-unsigned
//
// The CRL is updated after the record commits; asking again after a crash between the two
// answers 409 with the existing revocation and puts it on the CRL once more (idempotent).

export async function revokeAndAnswer(
  request: FastifyRequest,
  reply: FastifyReply,
  context: RegisterContext,
  revoke: {
    readonly certificateId: string;
    readonly clinicId: string;
    readonly staffId: string;
    readonly body: RevocationRequest;
    /** The log line's message: who revoked, in words for the operator. */
    readonly logMessage: string;
  },
): Promise<FastifyReply> {
  const outcome = await revokeCertificate(context.db, {
    certificateId: revoke.certificateId,
    clinicId: revoke.clinicId,
    staffId: revoke.staffId,
    body: revoke.body,
    now: context.now,
    random: context.random,
    federalTransfer: context.config.federalTransfer,
  });
  reply.header('Cache-Control', 'no-store');
  if (!outcome.ok) {
    if (outcome.reason !== 'already-revoked') return replyError(reply, outcome.reason);
    await revokeInCrl(context.db, outcome.existing, context.now(), request.log);
    return reply
      .code(409)
      .send({ ...apiErrorBody('already-revoked'), revocation: outcome.existing });
  }
  const { revocation, seq } = outcome.value;
  await revokeInCrl(context.db, revocation, context.now(), request.log);
  request.log.info(
    {
      revocationId: revocation.id,
      clinicId: revoke.clinicId,
      staffId: revoke.staffId,
      reason: revocation.reason,
    },
    revoke.logMessage,
  );
  const answer: RevocationResponse = { revocation, seq };
  return reply.code(201).send(answer);
}
