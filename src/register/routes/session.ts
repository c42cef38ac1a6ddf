import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SignInResponse, StaffInfo } from '../../core/protocol/session';
import { signInRequestSchema } from '../../core/protocol/session';
import { verifyPassword } from '../auth/password';
import type { SessionStaff } from '../auth/staffSessions';
import {
  createSession,
  deleteSession,
  findSessionStaff,
  findStaffByLogin,
} from '../auth/staffSessions';
import { bearerToken, hashToken, newToken } from '../auth/token';
import type { RegisterContext } from '../context';
import { replyError } from '../http/apiError';
import { describeIssues, parseBody } from '../http/parseBody';

// Staff sign-in (wire types in src/core/protocol/session.ts):
//
//   POST   /api/session  {"login":"registrar","password":"demo-registrar"}
//          200 {"token":"m1Zr…","staff":{"id":"0193…","login":"registrar","displayName":"…",
//               "role":"registrar","clinic":{"id":"0193…","code":"PKGP3","nameRu":"…","nameEn":"…"}}}
//          401 invalid-credentials · 429 too-many-attempts (Retry-After header)
//   GET    /api/session  Authorization: Bearer m1Zr…   → 200 {"staff":{…}} · 401 unauthenticated
//   DELETE /api/session  Authorization: Bearer m1Zr…   → 204
//
// An unknown login and a wrong password get the same answer after the same amount of work,
// so the register does not reveal which logins exist.

/** A well-formed hash of a password nobody knows, checked when the login does not exist. */
const DECOY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

function toStaffInfo(staff: SessionStaff): StaffInfo {
  return {
    id: staff.id,
    login: staff.login,
    displayName: staff.displayName,
    role: staff.role,
    clinic: staff.clinic,
  };
}

/** The signed-in member of staff behind the request's bearer token, or null. */
export async function authenticateStaff(
  request: FastifyRequest,
  context: RegisterContext,
): Promise<SessionStaff | null> {
  const token = bearerToken(request.headers.authorization);
  if (token === null) return null;
  return findSessionStaff(context.db, hashToken(token), context.now());
}

export function registerSessionRoutes(app: FastifyInstance, context: RegisterContext): void {
  app.post('/api/session', async (request, reply) => {
    const body = parseBody(signInRequestSchema, request.body);
    if (!body.ok) {
      return replyError(reply, 'invalid-body', {
        detail: describeIssues(body.issues),
        issues: body.issues,
      });
    }
    const { login, password } = body.value;

    const verdict = context.signInLimiter.attempt(`${login}\u0000${request.ip}`);
    if (!verdict.allowed) {
      request.log.warn('sign-in rate limited');
      reply.header('Retry-After', String(verdict.retryAfterSeconds));
      return replyError(reply, 'too-many-attempts');
    }

    const found = await findStaffByLogin(context.db, login);
    const passwordOk = await verifyPassword(password, found?.passwordHash ?? DECOY_HASH);
    if (found === null || !passwordOk) {
      request.log.info('sign-in refused');
      return replyError(reply, 'invalid-credentials');
    }

    const token = newToken(context.random);
    await createSession(context.db, {
      tokenHash: hashToken(token),
      staffId: found.staff.staffId,
      now: context.now(),
    });
    request.log.info({ staffId: found.staff.staffId }, 'signed in');
    const answer: SignInResponse = { token, staff: toStaffInfo(found.staff) };
    return reply.header('Cache-Control', 'no-store').send(answer);
  });

  app.get('/api/session', async (request, reply) => {
    const staff = await authenticateStaff(request, context);
    if (staff === null) return replyError(reply, 'unauthenticated');
    return reply.header('Cache-Control', 'no-store').send({ staff: toStaffInfo(staff) });
  });

  app.delete('/api/session', async (request, reply) => {
    const token = bearerToken(request.headers.authorization);
    if (token === null) return replyError(reply, 'unauthenticated');
    // Signing out twice, or with an expired token, is not an error: the session is gone.
    await deleteSession(context.db, hashToken(token));
    return reply.code(204).send();
  });
}
