import type { FastifyRequest } from 'fastify';
import type { RegisterContext } from '../context';
import { authenticateStaff } from '../routes/session';
import type { TabletAuthOutcome } from './tabletAuth';
import { authenticateTablet } from './tabletAuth';

export type CallerClinic =
  { readonly ok: true; readonly clinicId: string } | Extract<TabletAuthOutcome, { ok: false }>;

/**
 * The clinic of whoever calls, for the routes both staff and tablets read (the clinic and its
 * directory): a staff session first, else a tablet token. Neither names a clinic in the
 * request, so no caller can reach another clinic's data through them.
 */
export async function callerClinic(
  request: FastifyRequest,
  context: RegisterContext,
): Promise<CallerClinic> {
  const staff = await authenticateStaff(request, context);
  if (staff !== null) return { ok: true, clinicId: staff.clinicId };
  const tablet = await authenticateTablet(request, context);
  return tablet.ok ? { ok: true, clinicId: tablet.tablet.clinicId } : tablet;
}
