import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Insertable } from 'kysely';
import type { EnrolResponse } from '../../core/protocol/tablet';
import { enrolRequestSchema } from '../../core/protocol/tablet';
import { jwkThumbprint } from '../../core/shc/jwk';
import { callerClinic } from '../auth/callerClinic';
import { hashToken, newToken } from '../auth/token';
import { findClinicById } from '../clinics';
import type { RegisterContext } from '../context';
import type { TabletTable } from '../db/tables';
import { replyError } from '../http/apiError';
import { describeIssues, nulIssues, parseBody } from '../http/parseBody';
import { newId } from '../ids';
import { findPredecessor } from '../tabletSummaries';
import { authenticateStaff } from './session';

// Tablet enrolment and the clinic's settings (wire types in src/core/protocol/tablet.ts):
//
//   POST /api/tablets  Bearer <staff token: registrar or admin>  {"name":"…","publicJwk":{…}}
//        201 {"tablet":{"id","code":"T1","name","enrolledAt"},"token":"k3V…","clinic":{…}}
//        403 role-may-not-enrol · 409 key-already-enrolled (the kid is not the key's thumbprint
//        → 400 invalid-body; a NUL character in the name → 400 invalid-body at path "name")
//        with "replaces":"<tablet id>" (the device was that tablet before its data was cleared)
//        the link is kept and the answer adds "predecessor":{id,code,name,recordsPushed,
//        lastPushAt}; a tablet not of this clinic → 400 invalid-body at path "replaces". The
//        predecessor is NOT withdrawn here (docs/DECISIONS.md): an admin does that explicitly.
//   GET  /api/clinic   Bearer <staff token or tablet token>  → 200 {"clinic":{…}}
//
// The tablet's code is "T<n>" with n one more than the clinic's tablets so far, counting
// withdrawn ones, so a code is never reused (contract numbers embed it).

const ENROLLING_ROLES = new Set(['registrar', 'admin']);

export function registerTabletRoutes(app: FastifyInstance, context: RegisterContext): void {
  app.post('/api/tablets', async (request, reply) => {
    const staff = await authenticateStaff(request, context);
    if (staff === null) return replyError(reply, 'unauthenticated');
    if (!ENROLLING_ROLES.has(staff.role)) return replyError(reply, 'role-may-not-enrol');
    const body = parseBody(enrolRequestSchema, request.body);
    if (!body.ok) {
      return replyError(reply, 'invalid-body', {
        detail: describeIssues(body.issues),
        issues: body.issues,
      });
    }
    const nul = nulIssues(body.value, ['name']);
    if (nul.length > 0) {
      return replyError(reply, 'invalid-body', { detail: describeIssues(nul), issues: nul });
    }
    const { name, publicJwk, replaces } = body.value;
    const thumbprint = await jwkThumbprint(globalThis.crypto.subtle, publicJwk);
    if (thumbprint !== publicJwk.kid) {
      const issues = [{ path: 'publicJwk.kid', message: 'kid is not the RFC 7638 thumbprint' }];
      return replyError(reply, 'invalid-body', { detail: issues[0]?.message ?? '', issues });
    }
    const known = await context.db.kysely
      .selectFrom('tablet')
      .select('id')
      .where('kid', '=', publicJwk.kid)
      .executeTakeFirst();
    if (known !== undefined) return replyError(reply, 'key-already-enrolled');

    const clinic = await findClinicById(context.db, staff.clinicId, context.config);
    if (clinic === null) return replyError(reply, 'forbidden');
    const predecessor =
      replaces === undefined ? null : await findPredecessor(context.db, staff.clinicId, replaces);
    if (replaces !== undefined && predecessor === null) {
      const issues = [{ path: 'replaces', message: 'no such tablet in this clinic' }];
      return replyError(reply, 'invalid-body', { detail: issues[0]?.message ?? '', issues });
    }
    const token = newToken(context.random);
    const enrolledAt = context.now().toISOString();
    const id = newId(context.now, context.random);
    const code = await insertWithNextCode(context, {
      id,
      clinic_id: staff.clinicId,
      name,
      public_jwk: JSON.stringify(publicJwk),
      kid: publicJwk.kid,
      status: 'enrolled',
      enrolled_at: enrolledAt,
      last_seen_at: enrolledAt,
      token_hash: hashToken(token),
      withdrawn_at: null,
      replaces: predecessor?.id ?? null,
    });
    request.log.info({ tabletId: id, code, replaces: predecessor?.id }, 'tablet enrolled');
    const answer: EnrolResponse = {
      tablet: { id: id as EnrolResponse['tablet']['id'], code, name, enrolledAt },
      token,
      clinic,
      ...(predecessor === null ? {} : { predecessor }),
    };
    return reply.code(201).send(answer);
  });

  app.get('/api/clinic', async (request, reply) => sendClinic(request, reply, context));
}

type NewTablet = Omit<Insertable<TabletTable>, 'code'> & { clinic_id: string };

/**
 * Tablets of a clinic enrolling at the same moment must not pick the same code. SQLite runs
 * one write transaction at a time; on PostgreSQL the clinic's row is locked first, so the
 * count below sees every tablet committed before (30 enrolments at once once gave ten
 * duplicate-key 500s). The unique (clinic, code) index stays the last word: should it still
 * refuse a code, the enrolment is tried again.
 */
const CODE_ATTEMPTS = 5;

async function insertWithNextCode(context: RegisterContext, tablet: NewTablet): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await context.db.kysely.transaction().execute(async (tx) => {
        if (context.db.kind === 'postgres') {
          await tx
            .selectFrom('clinic')
            .select('id')
            .where('id', '=', tablet.clinic_id)
            .forUpdate()
            .execute();
        }
        const { count } = await tx
          .selectFrom('tablet')
          .select((eb) => eb.fn.countAll<string | number>().as('count'))
          .where('clinic_id', '=', tablet.clinic_id)
          .executeTakeFirstOrThrow();
        const code = `T${Number(count) + 1}`;
        await tx
          .insertInto('tablet')
          .values({ ...tablet, code })
          .execute();
        return code;
      });
    } catch (error) {
      if (attempt >= CODE_ATTEMPTS || !isUniqueViolation(error)) throw error;
    }
  }
}

/** PostgreSQL 23505, or SQLite's SQLITE_CONSTRAINT_UNIQUE. */
function isUniqueViolation(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

async function sendClinic(
  request: FastifyRequest,
  reply: FastifyReply,
  context: RegisterContext,
): Promise<FastifyReply> {
  const caller = await callerClinic(request, context);
  if (!caller.ok) return replyError(reply, caller.reason);
  const clinic = await findClinicById(context.db, caller.clinicId, context.config);
  if (clinic === null) return replyError(reply, 'not-found');
  return reply.header('Cache-Control', 'no-store').send({ clinic });
}
