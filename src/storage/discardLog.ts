import type { SeroDeskDatabase } from './database';

// Who discarded which refused record on this tablet, and what became of it; listed on the
// problems screen, so a discard is never silent:
//
//   meta["sync:discarded"]  [{kind: "person", recordId: "0193…", reason: "unknown-author",
//                             by: "0193…", byName: "Сидорова А. П.", at: "2026-11-26T…",
//                             outcome: "removed"}]   newest first, the last 100

import type { DiscardNote } from './metaKeys';
import { META, readMeta, writeMeta } from './metaKeys';

export type { DiscardNote } from './metaKeys';
export { DISCARD_OUTCOMES } from './metaKeys';
const DISCARDED_KEPT = 100;

export async function readDiscarded(db: SeroDeskDatabase): Promise<DiscardNote[]> {
  return (await readMeta(db, META.discarded)) ?? [];
}

/** Adds a note at the head of the log; call inside the discard's transaction. */
export async function logDiscarded(db: SeroDeskDatabase, note: DiscardNote): Promise<void> {
  const log = await readDiscarded(db);
  await writeMeta(db, META.discarded, [note, ...log].slice(0, DISCARDED_KEPT));
}
