import type { SeroDeskDatabase } from './database';

// What this tablet tells the person after it came back empty and the register restored it,
// kept in `meta` until they close the notice:
//
//   meta["restore"]  {"kind":"predecessor","restored":null,
//                     "predecessor":{"id":"0193…b2","code":"T2","name":"Окно 2",
//                                    "recordsPushed":214,"lastPushAt":"2026-11-25T17:40:00.000Z"}}
//                    enrolled again as the successor of T2; `restored` is filled in when the
//                    first full pull ends: every record the tablet then holds came from the
//                    register.
//   meta["restore"]  {"kind":"self","restored":37}
//                    same identity, records lost: the register's pages said "restoring", and
//                    37 rows of them were new to this tablet.

import type { RestoreNotice } from './metaKeys';
import { deleteMeta, META, readMeta, writeMeta } from './metaKeys';

export type { RestoreNotice } from './metaKeys';
export { restoreNoticeSchema } from './metaKeys';

export async function loadRestoreNotice(db: SeroDeskDatabase): Promise<RestoreNotice | undefined> {
  return readMeta(db, META.restoreNotice);
}

export async function saveRestoreNotice(
  db: SeroDeskDatabase,
  notice: RestoreNotice,
): Promise<void> {
  await writeMeta(db, META.restoreNotice, notice);
}

export async function dismissRestoreNotice(db: SeroDeskDatabase): Promise<void> {
  await deleteMeta(db, META.restoreNotice);
}
