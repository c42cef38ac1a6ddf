import { z } from 'zod';
import type { RecordKind } from '../core/records/record';
import { RECORD_KINDS } from '../core/records/record';
import type { SeroDeskDatabase } from './database';

// Who discarded which refused record on this tablet, and what became of it; listed on the
// problems screen, so a discard is never silent:
//
//   meta["sync:discarded"]  [{kind: "person", recordId: "0193…", reason: "unknown-author",
//                             by: "0193…", byName: "Сидорова А. П.", at: "2026-11-26T…",
//                             outcome: "removed"}]   newest first, the last 100

export const DISCARD_OUTCOMES = ['reverted', 'removed', 'kept-local'] as const;

const discardNoteSchema = z.object({
  kind: z.enum(RECORD_KINDS as [RecordKind, ...RecordKind[]]),
  recordId: z.string(),
  reason: z.string(),
  by: z.string(),
  byName: z.string(),
  at: z.string(),
  outcome: z.enum(DISCARD_OUTCOMES),
});
export type DiscardNote = z.infer<typeof discardNoteSchema>;

const DISCARDED_KEY = 'sync:discarded';
const DISCARDED_KEPT = 100;

export async function readDiscarded(db: SeroDeskDatabase): Promise<DiscardNote[]> {
  const row = await db.meta.get(DISCARDED_KEY);
  const parsed = z.array(discardNoteSchema).safeParse(row?.value ?? []);
  if (!parsed.success) console.error('The discarded-records log does not match its schema');
  return parsed.success ? parsed.data : [];
}

/** Adds a note at the head of the log; call inside the discard's transaction. */
export async function logDiscarded(db: SeroDeskDatabase, note: DiscardNote): Promise<void> {
  const log = await readDiscarded(db);
  await db.meta.put({ key: DISCARDED_KEY, value: [note, ...log].slice(0, DISCARDED_KEPT) });
}
