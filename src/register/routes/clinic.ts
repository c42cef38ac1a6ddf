import type { FastifyInstance } from 'fastify';
import type { ClinicDirectory } from '../../core/protocol/clinic';
import { saveSettingsRequestSchema } from '../../core/protocol/clinic';
import { callerClinic } from '../auth/callerClinic';
import { findClinicById } from '../clinics';
import { saveClinicSettings } from '../clinicSettingsSave';
import type { RegisterContext } from '../context';
import { readAdmissionPolicy } from '../trust/admissionPolicy';
import { replyError } from '../http/apiError';
import { describeIssues, parseBody } from '../http/parseBody';
import { authenticateStaff } from './session';

// The clinic's settings as its admin saves them, and the clinic's directory for its tablets
// (wire types and examples in src/core/protocol/clinic.ts):
//
//   PUT /api/clinic/settings   Bearer <admin's staff token>  {"settings":{…}}
//       200 {"clinic":{…}} · 400 invalid-body (issues name the field) · 401 · 403 forbidden
//   GET /api/clinic/directory  Bearer <tablet or staff token>
//       200 {"clinic":{…},"staff":[{"id","displayName","role"[,"disabled":true]
//            [,"pinResetAt":"…"]}],"admissionPolicy":{…}}
//
// An admin changes only their own clinic: the clinic is the one of the session, never named
// in the request, so no other clinic can be reached from here. The commission's chair and
// members (issue #11) must be the clinic's own staff of role `commission`, with accounts not
// disabled; any other id is refused as `commission-member-unknown` or
// `commission-member-disabled` at its path (clinicSettingsSave.ts, under the clinic's lock).

export function registerClinicRoutes(app: FastifyInstance, context: RegisterContext): void {
  app.put('/api/clinic/settings', async (request, reply) => {
    const staff = await authenticateStaff(request, context);
    if (staff === null) return replyError(reply, 'unauthenticated');
    if (staff.role !== 'admin') return replyError(reply, 'forbidden');
    const body = parseBody(saveSettingsRequestSchema, request.body);
    if (!body.ok) {
      return replyError(reply, 'invalid-body', {
        detail: describeIssues(body.issues),
        issues: body.issues,
      });
    }
    const { settings } = body.value;
    const saved = await saveClinicSettings(context.db, staff.clinicId, settings);
    if (!saved.ok) {
      return replyError(reply, 'invalid-body', { detail: saved.detail, issues: saved.issues });
    }
    request.log.info({ staffId: staff.staffId, clinicId: staff.clinicId }, 'clinic settings saved');
    const clinic = await findClinicById(context.db, staff.clinicId, context.config);
    if (clinic === null) return replyError(reply, 'not-found');
    return reply.header('Cache-Control', 'no-store').send({ clinic });
  });

  app.get('/api/clinic/directory', async (request, reply) => {
    const caller = await callerClinic(request, context);
    if (!caller.ok) return replyError(reply, caller.reason);
    const { clinicId } = caller;
    const clinic = await findClinicById(context.db, clinicId, context.config);
    if (clinic === null) return replyError(reply, 'not-found');
    const rows = await context.db.kysely
      .selectFrom('staff')
      .select(['id', 'display_name', 'role', 'disabled_at', 'pin_reset_at'])
      .where('clinic_id', '=', clinicId)
      .orderBy('id')
      .execute();
    const answer: ClinicDirectory = {
      clinic,
      // The region's rule, so a tablet refuses offline what a verifier would refuse.
      admissionPolicy: await readAdmissionPolicy(context.db),
      staff: rows.map((row) => ({
        id: row.id as ClinicDirectory['staff'][number]['id'],
        displayName: row.display_name,
        role: row.role,
        // The tablets forget the PINs of disabled and reset members (core/staff/pinReset.ts).
        ...(row.disabled_at === null ? {} : { disabled: true }),
        ...(row.pin_reset_at === null ? {} : { pinResetAt: row.pin_reset_at }),
      })),
    };
    return reply.header('Cache-Control', 'no-store').send(answer);
  });
}
