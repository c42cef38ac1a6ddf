import type { FastifyInstance } from 'fastify';
import type { TabletId } from '../../core/ids';
import { idSchema } from '../../core/ids';
import type { TabletWithdrawnResponse } from '../../core/protocol/tablet';
import { adminTabletList } from '../adminTabletList';
import { requireAdmin } from '../auth/adminScope';
import type { RegisterContext } from '../context';
import { replyError } from '../http/apiError';
import { withdrawTablet } from '../tabletWithdrawal';

// The administrators' tablets (issue #12; wire shapes and examples in
// src/core/protocol/adminTablets.ts):
//
//   GET  /api/admin/tablets                 admin: own clinic · regional: every clinic
//   POST /api/admin/tablets/:id/withdraw    admin: own clinic's tablet · regional: any
//   401 unauthenticated · 403 forbidden (other roles) · 404 not-found (withdraw: no such
//   tablet, or another clinic's for a clinic admin — clinics are not revealed to each other)
//
// The desk's own routes (GET /api/tablets, POST /api/tablets/:id/withdraw) stay as they are
// for the clinic admin's screen on the tablet; both withdrawals go through tabletWithdrawal.ts.

const tabletIdSchema = idSchema<TabletId>();

export function registerAdminTabletRoutes(app: FastifyInstance, context: RegisterContext): void {
  app.get('/api/admin/tablets', async (request, reply) => {
    const caller = await requireAdmin(request, reply, context);
    if (caller === null) return reply;
    const answer = await adminTabletList(context.db, {
      scope: caller.scope,
      now: context.now(),
      silentHours: context.config.tabletSilentHours,
    });
    return reply.header('Cache-Control', 'no-store').send(answer);
  });

  app.post<{ Params: { id: string } }>(
    '/api/admin/tablets/:id/withdraw',
    async (request, reply) => {
      const caller = await requireAdmin(request, reply, context);
      if (caller === null) return reply;
      const id = tabletIdSchema.safeParse(request.params.id);
      if (!id.success) return replyError(reply, 'not-found');
      const { scope } = caller;
      const withdrawn = await withdrawTablet(context.db, {
        tabletId: id.data,
        ...(scope.kind === 'clinic' ? { clinicId: scope.clinicId } : {}),
        now: context.now(),
      });
      if (withdrawn === null) return replyError(reply, 'not-found');
      if (withdrawn.changed) {
        request.log.info(
          { tabletId: withdrawn.id, staffId: caller.staff.staffId, scope: scope.kind },
          'tablet withdrawn',
        );
      }
      const answer: TabletWithdrawnResponse = {
        tablet: {
          id: withdrawn.id as TabletId,
          status: 'withdrawn',
          withdrawnAt: withdrawn.withdrawnAt,
        },
      };
      return reply.header('Cache-Control', 'no-store').send(answer);
    },
  );
}
