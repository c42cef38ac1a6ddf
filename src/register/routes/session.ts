import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SignInResponse, StaffInfo } from '../../core/protocol/session';
import { signInRequestSchema } from '../../core/protocol/session';
import { DECOY_HASH, verifyPassword } from '../auth/password';
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
import { describeIssues, nulIssues, parseBody } from '../http/parseBody';

// Staff sign-in (wire types in src/core/protocol/session.ts):
//
//   POST   /api/session  {"login":"registrar","password":"demo-registrar"}
//          200 {"token":"m1Zr…","staff":{"id":"0193…","login":"registrar","displayName":"…",
//               "role":"registrar","clinic":{"id":"0193…","code":"PKGP3","nameRu":"…","nameEn":"…"}}}
//          401 invalid-credentials · 429 too-many-attempts (Retry-After header)
//          429 sign-in-busy (too many password checks at once; Retry-After: 2)
//          400 invalid-body (a NUL character in login or password: issue path "login")
//   GET    /api/session  Authorization: Bearer m1Zr…   → 200 {"staff":{…}} · 401 unauthenticated
//   DELETE /api/session  Authorization: Bearer m1Zr…   → 204
//
// An unknown login and a wrong password get the same answer after the same amount of work
// (a hash against DECOY_HASH, through the same gate), so the register does not reveal which
// logins exist. A sign-in first waits for a slot of the hash gate (bounded concurrency,
// auth/hashGate.ts), then is counted against its login and address (auth/signInLimits.ts),
// and only then looked up and hashed.

/** A gate that is full now has room again after a few hashes. */
const SIGN_IN_BUSY_RETRY_SECONDS = 2;

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
    const nul = nulIssues(body.value, ['login', 'password']);
    if (nul.length > 0) {
      return replyError(reply, 'invalid-body', { detail: describeIssues(nul), issues: nul });
    }
    const { login, password } = body.value;

    // Everything that costs — the counts in the database, the lookup, the hash — runs inside
    // the gate, so a flood beyond its queue is answered at once without touching the database.
    const checked = await context.signIn.hashGate.run(request.ip, async () => {
      const verdict = await context.signIn.limiter.attempt(login, request.ip);
      if (!verdict.allowed) return { limited: verdict.retryAfterSeconds } as const;
      const found = await findStaffByLogin(context.db, login);
      const passwordOk = await verifyPassword(password, found?.passwordHash ?? DECOY_HASH);
      return { found: passwordOk ? found : null, keys: verdict.keys } as const;
    });
    if (!checked.ran) {
      request.log.warn('sign-in refused: too many password checks at once');
      reply.header('Retry-After', String(SIGN_IN_BUSY_RETRY_SECONDS));
      return replyError(reply, 'sign-in-busy');
    }
    if ('limited' in checked.value) {
      request.log.warn('sign-in rate limited');
      reply.header('Retry-After', String(checked.value.limited));
      return replyError(reply, 'too-many-attempts');
    }
    const { found, keys } = checked.value;
    if (found === null) {
      request.log.info('sign-in refused');
      return replyError(reply, 'invalid-credentials');
    }
    await context.signIn.limiter.refund(keys);
    context.signIn.hashGate.trust(request.ip);

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
