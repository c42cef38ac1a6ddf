import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RegisterContext } from '../context';
import { replyError } from '../http/apiError';
import { authenticateStaff } from '../routes/session';
import type { SessionStaff } from './staffSessions';

// Who may administer what at the register (issue #12). A clinic's admin administers their
// own clinic; the regional administrator (the ministry's staff, role `regional`) sees every
// clinic; nobody else reaches an admin route. Every admin route starts here, so the rule is
// written once:
//
//   admin    of PKGP3  → {"kind":"clinic","clinicId":"0193…"}  (asking for another clinic: 404)
//   regional of MZKK   → {"kind":"region"}                     (any clinic, or all of them)
//   registrar, lab, commission, verifier → 403 forbidden

export type AdminScope =
  { readonly kind: 'clinic'; readonly clinicId: string } | { readonly kind: 'region' };

export type AdminCaller = { readonly staff: SessionStaff; readonly scope: AdminScope };

export function adminScopeOf(staff: SessionStaff): AdminScope | null {
  if (staff.role === 'regional') return { kind: 'region' };
  if (staff.role === 'admin') return { kind: 'clinic', clinicId: staff.clinicId };
  return null;
}

/**
 * The signed-in administrator and their scope, or null after replying 401/403: call as
 * `const caller = await requireAdmin(request, reply, context); if (caller === null) return reply;`
 */
export async function requireAdmin(
  request: FastifyRequest,
  reply: FastifyReply,
  context: RegisterContext,
  allowed: 'clinic-or-region' | 'region-only' = 'clinic-or-region',
): Promise<AdminCaller | null> {
  const staff = await authenticateStaff(request, context);
  if (staff === null) {
    replyError(reply, 'unauthenticated');
    return null;
  }
  const scope = adminScopeOf(staff);
  if (scope === null || (allowed === 'region-only' && scope.kind !== 'region')) {
    replyError(reply, 'forbidden');
    return null;
  }
  return { staff, scope };
}

/**
 * Whether the scope reaches the clinic. A clinic admin asking about another clinic is
 * answered as if it did not exist (404), so clinics are not revealed to each other.
 */
export function scopeReaches(scope: AdminScope, clinicId: string): boolean {
  return scope.kind === 'region' || scope.clinicId === clinicId;
}

/**
 * The clinic ids a query may read: the admin's own clinic, or for the region `requested`
 * when given and everything (undefined) when not. A clinic admin's `requested` other than
 * their own gives the empty list.
 */
export function clinicIdsFor(
  scope: AdminScope,
  requested: string | undefined,
): readonly string[] | undefined {
  if (scope.kind === 'clinic') {
    return requested === undefined || requested === scope.clinicId ? [scope.clinicId] : [];
  }
  return requested === undefined ? undefined : [requested];
}
