import type { RegisterDb } from '../db/connect';
import { committedSeq } from './seqCounter';

// Noticing a tablet that lost its records but kept its identity, and restoring it.
//
//   tablet {last_pull_cursor: 4790, restore_through_seq: null}
//   pull {"cursor":0}  and the register holds records this tablet wrote
//   → tablet {restore_through_seq: 4812}; pages bring its own records up to 4812 with
//     "restoring":true, until the tablet asks from a cursor at or past 4812.
//
// Having been handed a cursor above 0 (`last_pull_cursor`, kept with every answered pull:
// syncContact.ts) is what tells a wiped tablet from a new one: a new tablet that made records
// offline pushes them before its first pull (push goes first in a run) and already holds
// them. The window lives at the register because a restore spans several pages and every page
// after the first starts above 0; it closes on the pull that starts past it, not on the last
// page's answer, so a lost last answer is simply asked again.

/** The sequence up to which this pull also brings the tablet's own records, or null. */
export async function openRestoreWindow(
  db: RegisterDb,
  tablet: { readonly id: string; readonly clinicId: string },
  cursor: number,
): Promise<number | null> {
  const row = await db.kysely
    .selectFrom('tablet')
    .select(['last_pull_cursor', 'restore_through_seq'])
    .where('id', '=', tablet.id)
    .executeTakeFirstOrThrow();
  const open = row.restore_through_seq;
  if (cursor > 0) {
    if (open === null) return null;
    if (cursor < open) return open;
    await setWindow(db, tablet.id, null);
    return null;
  }
  if (row.last_pull_cursor === null || row.last_pull_cursor === 0) return null;
  const own = await db.kysely
    .selectFrom('clinic_record')
    .select('id')
    .where('clinic_id', '=', tablet.clinicId)
    .where('tablet_id', '=', tablet.id)
    .limit(1)
    .executeTakeFirst();
  if (own === undefined) return null;
  const through = await committedSeq(db);
  await setWindow(db, tablet.id, through);
  return through;
}

async function setWindow(db: RegisterDb, tabletId: string, through: number | null) {
  await db.kysely
    .updateTable('tablet')
    .set({ restore_through_seq: through })
    .where('id', '=', tabletId)
    .execute();
}
