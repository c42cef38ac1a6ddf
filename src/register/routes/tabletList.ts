import type { FastifyInstance } from 'fastify';
import type { TabletListResponse } from '../../core/protocol/tablet';
import type { RegisterContext } from '../context';
import { replyError } from '../http/apiError';
import { listClinicTablets } from '../tabletSummaries';
import { authenticateStaff } from './session';

// The clinic's tablets (wire shape and example in src/core/protocol/tablet.ts):
//
//   GET /api/tablets   Authorization: Bearer <staff token: registrar or admin>
//   200 {"tablets":[{"id":"0193…","code":"T2","name":"Окно 2","status":"enrolled",
//        "enrolledAt":"…","lastSeenAt":"…","lastPushAt":"…","recordsPushed":214,
//        "withdrawnAt":null,"replaces":null,"replacedBy":null}]}
//   401 unauthenticated · 403 forbidden (other roles)
//
// Registrars see it because they enrol tablets and must say whether a device is one whose
// data was cleared; admins because they withdraw tablets. Only the member's own clinic.

const LISTING_ROLES = new Set(['registrar', 'admin']);

export function registerTabletListRoute(app: FastifyInstance, context: RegisterContext): void {
  app.get('/api/tablets', async (request, reply) => {
    const staff = await authenticateStaff(request, context);
    if (staff === null) return replyError(reply, 'unauthenticated');
    if (!LISTING_ROLES.has(staff.role)) return replyError(reply, 'forbidden');
    const answer: TabletListResponse = {
      tablets: await listClinicTablets(context.db, staff.clinicId),
    };
    return reply.header('Cache-Control', 'no-store').send(answer);
  });
}
