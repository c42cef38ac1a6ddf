import type { FastifyRequest } from 'fastify';
import type { RegisterContext } from '../context';
import { bearerToken, hashToken } from './token';

// A tablet presents the token it got at enrolment. A withdrawn tablet's token stops working
// at once; `last_seen_at` records when each tablet last reached the register.

export type AuthenticatedTablet = {
  readonly id: string;
  readonly clinicId: string;
  readonly code: string;
  readonly kid: string;
  readonly name: string;
};

export type TabletAuthOutcome =
  | { readonly ok: true; readonly tablet: AuthenticatedTablet }
  | { readonly ok: false; readonly reason: 'unauthenticated' | 'tablet-withdrawn' };

/**
 * The tablet of the request's token. `touch: false` leaves `last_seen_at` to the caller: the
 * sync routes write it with the rest of what a request tells about its tablet, in one
 * statement (sync/syncContact.ts), instead of a write transaction of its own per request.
 */
export async function authenticateTablet(
  request: FastifyRequest,
  context: RegisterContext,
  options: { readonly touch?: boolean } = {},
): Promise<TabletAuthOutcome> {
  const token = bearerToken(request.headers.authorization);
  if (token === null) return { ok: false, reason: 'unauthenticated' };
  const row = await context.db.kysely
    .selectFrom('tablet')
    .select(['id', 'clinic_id', 'code', 'kid', 'name', 'status'])
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (row === undefined) return { ok: false, reason: 'unauthenticated' };
  if (row.status !== 'enrolled') return { ok: false, reason: 'tablet-withdrawn' };
  if (options.touch !== false) await touchTablet(context, row.id);
  return {
    ok: true,
    tablet: {
      id: row.id,
      clinicId: row.clinic_id,
      code: row.code ?? '',
      kid: row.kid,
      name: row.name,
    },
  };
}

/** Notes that the tablet reached the register now. */
export async function touchTablet(context: RegisterContext, tabletId: string): Promise<void> {
  await context.db.kysely
    .updateTable('tablet')
    .set({ last_seen_at: context.now().toISOString() })
    .where('id', '=', tabletId)
    .execute();
}
