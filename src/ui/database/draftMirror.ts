// A synchronous copy of a draft, written when the page is hidden or unloads. IndexedDB writes
// are asynchronous, and a reload a moment after a keystroke can end the page before the write
// lands (seen in the clinic settings browser test: a reload 0.2 s after typing lost the new
// kit). localStorage writes at once, so the copy survives; the next load takes it, puts it
// into IndexedDB and removes it. Once the IndexedDB write of the same value has landed, the
// copy is removed too, so a stale copy never wins over later typing.
//
//   localStorage["serodesk.draft:desk:clinic-settings"] = {"value":{…},"savedAt":"2026-11-27T02:38:42.045Z"}
import { z } from 'zod';

const PREFIX = 'serodesk.draft:';

const mirrorSchema = z.object({ value: z.unknown(), savedAt: z.string() });
export type MirroredDraft = z.infer<typeof mirrorSchema>;

type MirrorStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function mirrorDraft(storage: MirrorStorage, key: string, draft: MirroredDraft): void {
  try {
    storage.setItem(PREFIX + key, JSON.stringify(draft));
  } catch (error) {
    // A full localStorage: the IndexedDB write still runs; only its race with unload is lost.
    console.warn(`Could not mirror draft "${key}"`, error);
  }
}

export function readMirroredDraft(storage: MirrorStorage, key: string): MirroredDraft | undefined {
  const raw = storage.getItem(PREFIX + key);
  if (raw === null) return undefined;
  try {
    const parsed = mirrorSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: an unreadable copy is dropped
  }
  storage.removeItem(PREFIX + key);
  return undefined;
}

/** Removes the copy; with `savedAt`, only if it is that very copy (a newer one stays). */
export function dropMirroredDraft(storage: MirrorStorage, key: string, savedAt?: string): void {
  if (savedAt !== undefined && readMirroredDraft(storage, key)?.savedAt !== savedAt) return;
  storage.removeItem(PREFIX + key);
}
