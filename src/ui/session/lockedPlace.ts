import type { z } from 'zod';
import type { lockedPlaceSchema } from '../persistedKeys';
import { LOCAL, readLocal, removeLocal, writeLocal } from '../persistedKeys';
import type { StaffRole } from '../../core/protocol/session';
import { deskSections, mayUseDesk } from '../desk/frame/deskSections';
import { mayAdminister } from '../admin/adminSections';

// Where the tablet was when it was locked (the screen and its case: path and query), so the
// next unlock lands back there instead of on the home screen. Whoever unlocks gets the place
// only if their role may open it; otherwise their home. Drafts are each member's own
// (useDraft.ts), so a colleague who unlocks onto the same case sees the case, never the
// half-typed form of the one who locked it. Kept in localStorage so a reload while locked
// keeps it; a sign-out forgets it.
//
//   localStorage["serodesk.locked-place"] =
//     {"path":"/desk/statement/0193a1b2-…","search":"","lockedAt":"2026-12-01T05:10:00.000Z"}
const HOME = '/';

export type LockedPlace = z.infer<typeof lockedPlaceSchema>;

export function saveLockedPlace(storage: Pick<Storage, 'setItem'>, place: LockedPlace): void {
  writeLocal(storage, LOCAL.lockedPlace, place);
}

/** Reads the place once: an unlock uses it up, so the one after goes home. */
export function takeLockedPlace(
  storage: Pick<Storage, 'getItem' | 'removeItem'>,
): LockedPlace | undefined {
  const place = readLocal(storage, LOCAL.lockedPlace);
  removeLocal(storage, LOCAL.lockedPlace);
  return place;
}

export function forgetLockedPlace(storage: Pick<Storage, 'removeItem'>): void {
  removeLocal(storage, LOCAL.lockedPlace);
}

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * Whether a member of staff in `role` may open an app path (App.tsx and DeskRoutes.tsx): the
 * desk's sections come from the same table as its menu (deskSections.ts). Anything not known
 * here is not returned to.
 */
export function mayOpen(role: StaffRole, path: string): boolean {
  // Only this app's own paths: "//host/…" would leave it.
  if (!path.startsWith('/') || path.startsWith('//')) return false;
  if (path === HOME || under(path, '/verify')) return true;
  if (path === '/tablet') return mayUseDesk(role);
  if (under(path, '/admin')) return mayAdminister(role);
  if (!under(path, '/desk')) return false;
  const sections = deskSections(role);
  if (sections.length === 0) return false;
  if (under(path, '/desk/tablets')) return sections.includes('tablets');
  if (path === '/desk/person/new' || /^\/desk\/person\/[^/]+\/edit$/.test(path)) {
    return sections.includes('new-person');
  }
  return true;
}

/** Where an unlock by a member in `role` lands: the locked place if they may open it, else home. */
export function placeAfterUnlock(place: LockedPlace | undefined, role: StaffRole): string {
  if (place === undefined || !mayOpen(role, place.path)) return HOME;
  return `${place.path}${place.search}`;
}
