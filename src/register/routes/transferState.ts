import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { CertificateId } from '../../core/ids';
import { idSchema } from '../../core/ids';
import type { TransferStateResponse } from '../../core/protocol/transferState';
import { MAX_TRANSFER_STATE_IDS } from '../../core/protocol/transferState';
import { callerClinic } from '../auth/callerClinic';
import type { RegisterContext } from '../context';
import { replyError } from '../http/apiError';
import { certificateTransfers } from '../transfer/certificateTransfers';

// The transfer state of the caller's clinic's certificates, for the case at the desk (wire
// shapes and example in src/core/protocol/transferState.ts):
//
//   GET /api/transfer/certificates?ids=<id>,<id>   Bearer <tablet or staff token>
//       200 {"at":"…","federalTransfer":true,"certificates":[{"id","known","items":[…]}]}
//       400 bad-request · 401 unauthenticated | tablet-withdrawn
//
// Any member of the clinic and its tablets may read it (it says only what became of their
// own certificates); the clinic is the caller's (auth/callerClinic.ts).

const querySchema = z.object({
  ids: z
    .string()
    .transform((text) => [...new Set(text.split(',').map((id) => id.trim()))])
    .pipe(z.array(idSchema<CertificateId>()).min(1).max(MAX_TRANSFER_STATE_IDS)),
});

export function registerTransferStateRoute(app: FastifyInstance, context: RegisterContext): void {
  app.get('/api/transfer/certificates', async (request, reply) => {
    const caller = await callerClinic(request, context);
    if (!caller.ok) return replyError(reply, caller.reason);
    const query = querySchema.safeParse(request.query);
    if (!query.success) {
      return replyError(reply, 'bad-request', {
        detail: `ids: 1 to ${MAX_TRANSFER_STATE_IDS} certificate ids (UUIDs), comma-separated`,
      });
    }
    const answer: TransferStateResponse = {
      at: context.now().toISOString(),
      federalTransfer: context.config.federalTransfer,
      certificates: await certificateTransfers(context.db, caller.clinicId, query.data.ids),
    };
    return reply.header('Cache-Control', 'no-store').send(answer);
  });
}
