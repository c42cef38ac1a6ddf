import { RECORD_KINDS } from '../core/records/recordKinds';
import type { SeroDeskDatabase } from './database';
import { countRecordsOf } from './pagedRecords';
import { loadRestoreNotice, saveRestoreNotice } from './restoreNotice';

// The restore notice's figures, noted by the sync run as it pulls (restoreNotice.ts says what
// the notice holds). Apart from the notice itself, which the home screen reads at start: the
// count of records reads the download's pages, which the first screen need not load.

async function countRecords(db: SeroDeskDatabase): Promise<number> {
  let total = 0;
  for (const kind of RECORD_KINDS) total += await countRecordsOf(db, kind);
  return total;
}

/**
 * Called by the sync run after each pulled page: counts rows a restoring page brought, and
 * settles a successor's notice once the pull has reached the end.
 */
export async function noteRestoreProgress(
  db: SeroDeskDatabase,
  page: { readonly restoring?: boolean; readonly hasMore: boolean },
  saved: number,
): Promise<void> {
  const notice = await loadRestoreNotice(db);
  if (page.restoring === true && saved > 0 && notice?.kind !== 'predecessor') {
    const before = notice?.kind === 'self' ? notice.restored : 0;
    await saveRestoreNotice(db, { kind: 'self', restored: before + saved });
  }
  if (!page.hasMore && notice?.kind === 'predecessor' && notice.restored === null) {
    await saveRestoreNotice(db, { ...notice, restored: await countRecords(db) });
  }
}
