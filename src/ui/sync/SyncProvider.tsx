import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { liveQuery } from 'dexie';
import { loadTabletToken } from '../../desk/tablet';
import type { SyncEngine } from '../../sync/engine';
import type { SyncStatus } from '../../sync/status';
import { IDLE_STATUS } from '../../sync/status';
import { registerTransport } from '../registerTransport';
import { useDatabase } from '../database/DatabaseContext';

// Runs the sync engine for the whole app once this device holds a tablet token (it starts
// by itself when enrolment saves one), and forwards the browser's `online` event as "sync now". Screens read the
// status and trigger a run through useSync(). The engine (its rules and the sync protocol's
// schemas) is a chunk of its own, fetched after the first screen has rendered (issue #14).

export type SyncContextValue = {
  /** Null until the tablet is enrolled. */
  readonly status: SyncStatus | null;
  readonly syncNow: () => void;
  /**
   * Stops syncing and resolves, with the way to resume, once nothing of the engine's is open on
   * the database (the tablet's erase).
   */
  readonly pauseSync: () => Promise<() => void>;
};

const SyncContext = createContext<SyncContextValue | null>(null);

export function SyncProvider({ children }: { readonly children: ReactNode }) {
  const db = useDatabase();
  const [token, setToken] = useState<string | undefined>(undefined);
  const [engine, setEngine] = useState<SyncEngine | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);

  // The token appears when the tablet is enrolled (any screen): watched live, no reload.
  useEffect(() => {
    const subscription = liveQuery(() => loadTabletToken(db)).subscribe({
      next: setToken,
      error: (error: unknown) => {
        console.error('tablet token unreadable', error);
      },
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [db]);

  useEffect(() => {
    if (token === undefined) return;
    let stop: (() => void) | undefined;
    let live = true;
    import('../../sync/engine').then(
      ({ createSyncEngine }) => {
        if (!live) return;
        const started = createSyncEngine({
          db,
          transport: registerTransport,
          now: () => new Date(),
          random: Math.random,
        });
        const unsubscribe = started.subscribe(setStatus);
        started.start();
        setEngine(started);
        stop = () => {
          unsubscribe();
          started.stop();
        };
      },
      (error: unknown) => {
        // Only when the chunk is neither cached nor reachable; the next start tries again.
        console.error('sync engine not loaded', error);
      },
    );
    return () => {
      live = false;
      stop?.();
      setEngine(null);
    };
  }, [db, token]);

  useEffect(() => {
    if (engine === null) return;
    const onOnline = () => {
      void engine.syncNow();
    };
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('online', onOnline);
    };
  }, [engine]);

  const syncNow = useCallback(() => {
    if (engine !== null) void engine.syncNow();
  }, [engine]);
  const pauseSync = useCallback(async () => {
    if (engine === null) return () => undefined;
    await engine.pause();
    return () => {
      engine.start();
    };
  }, [engine]);
  const value = useMemo<SyncContextValue>(
    () => ({ status: engine === null ? null : (status ?? IDLE_STATUS), syncNow, pauseSync }),
    [engine, status, syncNow, pauseSync],
  );
  return <SyncContext.Provider value={value}>{children}</SyncContext.Provider>;
}

export function useSync(): SyncContextValue {
  const value = useContext(SyncContext);
  if (value === null) throw new Error('useSync must be used inside <SyncProvider>');
  return value;
}
