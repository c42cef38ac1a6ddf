import type { FastifyInstance } from 'fastify';
import type { TabletId } from '../../core/ids';
import { idSchema } from '../../core/ids';
import type { TabletWithdrawnResponse } from '../../core/protocol/tablet';
import type { RegisterContext } from '../context';
import { replyError } from '../http/apiError';
import { withdrawTablet } from '../tabletWithdrawal';
import { authenticateStaff } from './session';

// Withdrawing a lost or retired tablet, by an admin of its clinic:
//
//   POST /api/tablets/0193…/withdraw   Authorization: Bearer <admin's staff token>
//   200 {"tablet":{"id":"0193…","status":"withdrawn","withdrawnAt":"2026-11-26T10:00:00.000Z"}}
//   401 unauthenticated · 403 forbidden (not an admin) · 404 not-found (no such tablet in
//   the admin's clinic: another clinic's tablets are not revealed)
//
// What withdrawing does, and that twice keeps the first time: ../tabletWithdrawal.ts.

const tabletIdSchema = idSchema();

export function registerTabletWithdrawRoute(app: FastifyInstance, context: RegisterContext): void {
  app.post<{ Params: { id: string } }>('/api/tablets/:id/withdraw', async (request, reply) => {
    const staff = await authenticateStaff(request, context);
    if (staff === null) return replyError(reply, 'unauthenticated');
    if (staff.role !== 'admin') return replyError(reply, 'forbidden');
    const id = tabletIdSchema.safeParse(request.params.id);
    if (!id.success) return replyError(reply, 'not-found');
    const withdrawn = await withdrawTablet(context.db, {
      tabletId: id.data,
      clinicId: staff.clinicId,
      now: context.now(),
    });
    if (withdrawn === null) return replyError(reply, 'not-found');
    const { withdrawnAt } = withdrawn;
    if (withdrawn.changed) {
      request.log.info({ tabletId: withdrawn.id, staffId: staff.staffId }, 'tablet withdrawn');
    }
    const answer: TabletWithdrawnResponse = {
      tablet: { id: withdrawn.id as TabletId, status: 'withdrawn', withdrawnAt },
    };
    return reply.header('Cache-Control', 'no-store').send(answer);
  });
}
