import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bilingual } from '../../core/bilingual';
import type { CachedTrust } from '../../desk/trust';
import { loadTrustList } from '../../desk/trust';
import type { TrustDownloadFailure } from '../../sync/trustList';
import { refreshTrustList } from '../../sync/trustList';
import { registerTransport } from '../registerTransport';
import { useDatabase } from '../database/DatabaseContext';
import { nextRefreshInMs } from './refreshSchedule';

// The verifier's trust list: the cached copy at once (scanning never waits for the network),
// then a download whenever the device is online — on opening the screen, when the network
// comes back, when the tab is shown again, on a timer (refreshSchedule.ts: every 20 s while a
// verdict is on screen) and when the guard asks. A failed download keeps the cached copy in
// use and says why; "updated" moves only when the register answered for every document.

export type TrustRefresh =
  | { readonly state: 'idle' }
  | { readonly state: 'refreshing' }
  | {
      readonly state: 'failed';
      readonly reason: TrustDownloadFailure | 'storage';
      /** For a refused document: which one and which rule, in words. */
      readonly refusal?: Bilingual;
    };

export type TrustListState = {
  /** null while the cache is being read. */
  readonly cached: CachedTrust | null;
  readonly refresh: TrustRefresh;
  readonly refreshNow: () => void;
};

export function useTrustList(options: { readonly verdictShown: boolean }): TrustListState {
  const db = useDatabase();
  const [cached, setCached] = useState<CachedTrust | null>(null);
  const [refresh, setRefresh] = useState<TrustRefresh>({ state: 'idle' });
  const [lastAttemptAt, setLastAttemptAt] = useState<number | null>(null);
  const [hidden, setHidden] = useState(() => document.hidden);
  const running = useRef(false);

  /** `visible`: the guard asked, so the button says "updating"; timers refresh quietly. */
  const runRefresh = useCallback(
    (visible: boolean) => {
      if (running.current) return;
      running.current = true;
      if (visible) setRefresh({ state: 'refreshing' });
      void (async () => {
        const downloaded = await refreshTrustList(db, {
          transport: registerTransport,
          subtle: crypto.subtle,
          now: () => Date.now(),
          defaultIssuer: window.location.origin,
        });
        setCached(await loadTrustList(db));
        if (downloaded.ok) setRefresh({ state: 'idle' });
        else {
          const refusal = 'refusal' in downloaded ? downloaded.refusal : undefined;
          setRefresh({
            state: 'failed',
            reason: downloaded.reason,
            ...(refusal === undefined ? {} : { refusal }),
          });
        }
      })()
        .catch((error: unknown) => {
          // IndexedDB itself failed (quota, private mode): say so rather than spin for ever.
          console.error('Trust list refresh failed', error);
          setRefresh({ state: 'failed', reason: 'storage' });
        })
        .finally(() => {
          running.current = false;
          setLastAttemptAt(Date.now());
        });
    },
    [db],
  );

  const refreshNow = useCallback(() => {
    runRefresh(true);
  }, [runRefresh]);

  useEffect(() => {
    let current = true;
    loadTrustList(db).then(
      (loaded) => {
        // A download that finished first has already put the newer list in place.
        if (current) setCached((previous) => previous ?? loaded);
      },
      (error: unknown) => {
        console.error('Could not read the cached trust list', error);
      },
    );
    const onOnline = () => {
      runRefresh(false);
    };
    const onVisibility = () => {
      setHidden(document.hidden);
      if (!document.hidden && navigator.onLine) runRefresh(false);
    };
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      current = false;
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [db, runRefresh]);

  // One timer, re-armed after every attempt and whenever the pace changes (a verdict shown).
  // Offline, nothing is asked: the `online` event starts the next attempt.
  const { verdictShown } = options;
  useEffect(() => {
    const wait = nextRefreshInMs(lastAttemptAt, Date.now(), { hidden, verdictShown });
    const timer = setTimeout(() => {
      if (navigator.onLine) runRefresh(false);
      else setLastAttemptAt(Date.now());
    }, wait);
    return () => {
      clearTimeout(timer);
    };
  }, [lastAttemptAt, hidden, verdictShown, runRefresh]);

  return { cached, refresh, refreshNow };
}
