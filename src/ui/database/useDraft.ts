import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { deleteDraft, loadDraft, saveDraft } from '../../desk/database';
import { useSession } from '../session/SessionContext';
import { useDatabase } from './DatabaseContext';
import { dropMirroredDraft, mirrorDraft, readMirroredDraft } from './draftMirror';

const SAVE_DELAY_MS = 250;

export type Draft<T> = {
  readonly value: T;
  /** False until the saved draft (if any) has been read back; forms wait for it. */
  readonly loaded: boolean;
  readonly update: (next: T) => void;
  readonly discard: () => Promise<void>;
};

/**
 * A form's state mirrored into IndexedDB as the clerk types (debounced, and flushed when the
 * page is hidden, with a synchronous copy in localStorage for a reload that ends the page
 * before IndexedDB's write lands: draftMirror.ts), so a reload, a crash or a flat battery
 * loses at most a quarter second. Each member of staff has their own drafts (the stored key is
 * "<staff id>:<form key>"): a colleague who unlocks a shared tablet on the same form starts
 * from an empty one, and the half-typed form waits for whoever typed it.
 */
export function useDraft<T>(formKey: string, schema: z.ZodType<T>, initial: T): Draft<T> {
  const db = useDatabase();
  const key = `${useSession().session?.staff.id ?? 'nobody'}:${formKey}`;
  const [value, setValue] = useState(initial);
  const [loaded, setLoaded] = useState(false);
  const pending = useRef<{ value: T; timer: ReturnType<typeof setTimeout> } | null>(null);
  // The newest value handed to IndexedDB whose write has not landed yet: a page that ends a
  // moment after the debounce fired would lose it with the aborted write, so hiding the page
  // mirrors it as it mirrors a value still waiting for the debounce.
  const unconfirmed = useRef<{ value: T; savedAt: string; mirrored: boolean } | null>(null);

  useEffect(() => {
    let live = true;
    const restore = async (): Promise<T | undefined> => {
      const copy = readMirroredDraft(localStorage, key);
      const mirrored = copy === undefined ? undefined : schema.safeParse(copy.value);
      if (copy !== undefined && mirrored?.success === true) {
        // The page ended before IndexedDB had the newest value: it is this copy.
        await saveDraft(db, key, mirrored.data, () => new Date(copy.savedAt));
        dropMirroredDraft(localStorage, key, copy.savedAt);
        return mirrored.data;
      }
      if (copy !== undefined) dropMirroredDraft(localStorage, key);
      return loadDraft(db, key, schema);
    };
    void restore().then((saved) => {
      if (!live) return;
      if (saved !== undefined) setValue(saved);
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [db, key, schema]);

  const flush = useCallback(
    (mirror = false) => {
      const waiting = pending.current;
      if (waiting !== null) {
        clearTimeout(waiting.timer);
        pending.current = null;
        const write = { value: waiting.value, savedAt: new Date().toISOString(), mirrored: false };
        unconfirmed.current = write;
        void saveDraft(db, key, write.value, () => new Date(write.savedAt)).then(() => {
          if (unconfirmed.current === write) unconfirmed.current = null;
          if (write.mirrored) dropMirroredDraft(localStorage, key, write.savedAt);
        });
      }
      const write = unconfirmed.current;
      if (mirror && write !== null && !write.mirrored) {
        write.mirrored = true;
        mirrorDraft(localStorage, key, { value: write.value, savedAt: write.savedAt });
      }
    },
    [db, key],
  );

  useEffect(() => {
    const onHide = () => {
      flush(true);
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  const update = useCallback(
    (next: T) => {
      setValue(next);
      if (pending.current !== null) clearTimeout(pending.current.timer);
      pending.current = { value: next, timer: setTimeout(flush, SAVE_DELAY_MS) };
    },
    [flush],
  );

  const discard = useCallback(async () => {
    if (pending.current !== null) clearTimeout(pending.current.timer);
    pending.current = null;
    unconfirmed.current = null;
    dropMirroredDraft(localStorage, key);
    await deleteDraft(db, key);
  }, [db, key]);

  return { value, loaded, update, discard };
}
