import type { SeroDeskDatabase } from './database';
import { META_FAMILIES, memberOf, readMeta, writeMeta } from './metaKeys';

// Staff names for printing: a certificate stores the commission member's id only, and the
// print view needs a name. Each member who opens the desk leaves their name on the tablet.
//
//   meta["staff-name:0193…"] "Петров Андрей Викторович"
//
// Apart from the desk's queries (deskQueries.ts re-exports them), so that the first screen,
// which remembers who signed in, loads neither those queries nor the record schemas (#14).

/**
 * Keeps `displayName` as the name of `staffId`; a name already kept is not written again. The
 * desk remembers its member at every start, and a write to the meta table, even of the same
 * value, wakes whatever watches it: the sync counts are counted anew (syncCountsWatch.ts)
 * while the clerk starts typing (issue #14).
 */
export async function rememberStaffName(
  db: SeroDeskDatabase,
  staffId: string,
  displayName: string,
): Promise<void> {
  const entry = memberOf(META_FAMILIES.staffName, staffId);
  if ((await readMeta(db, entry)) === displayName) return;
  await writeMeta(db, entry, displayName);
}

export async function staffName(
  db: SeroDeskDatabase,
  staffId: string,
): Promise<string | undefined> {
  return readMeta(db, memberOf(META_FAMILIES.staffName, staffId));
}
