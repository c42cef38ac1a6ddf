// A synchronous copy of a draft, written when the page is hidden or unloads. IndexedDB writes
// are asynchronous, and a reload a moment after a keystroke can end the page before the write
// lands (seen in the clinic settings browser test: a reload 0.2 s after typing lost the new
// kit). localStorage writes at once, so the copy survives; the next load takes it, puts it
// into IndexedDB and removes it. Once the IndexedDB write of the same value has landed, the
// copy is removed too, so a stale copy never wins over later typing.
//
//   localStorage["serodesk.draft:desk:clinic-settings"] = {"value":{…},"savedAt":"2026-11-27T02:38:42.045Z"}
import type { z } from 'zod';
import type { mirroredDraftSchema } from '../persistedKeys';
import { draftMirrorEntry, readLocal, removeLocal, writeLocal } from '../persistedKeys';

export type MirroredDraft = z.infer<typeof mirroredDraftSchema>;

type MirrorStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function mirrorDraft(storage: MirrorStorage, key: string, draft: MirroredDraft): void {
  try {
    writeLocal(storage, draftMirrorEntry(key), draft);
  } catch (error) {
    // A full localStorage: the IndexedDB write still runs; only its race with unload is lost.
    console.warn(`Could not mirror draft "${key}"`, error);
  }
}

export function readMirroredDraft(storage: MirrorStorage, key: string): MirroredDraft | undefined {
  const copy = readLocal(storage, draftMirrorEntry(key));
  // An unreadable copy is dropped.
  if (copy === undefined) removeLocal(storage, draftMirrorEntry(key));
  return copy;
}

/** Removes the copy; with `savedAt`, only if it is that very copy (a newer one stays). */
export function dropMirroredDraft(storage: MirrorStorage, key: string, savedAt?: string): void {
  if (savedAt !== undefined && readMirroredDraft(storage, key)?.savedAt !== savedAt) return;
  removeLocal(storage, draftMirrorEntry(key));
}
