import { useCallback, useEffect, useState } from 'react';
import type { CachedTrust } from '../../storage/trustStore';
import { loadTrustList } from '../../storage/trustStore';
import type { TrustDownloadFailure } from '../../sync/trustList';
import { refreshTrustList } from '../../sync/trustList';
import { registerTransport } from '../registerTransport';
import { useDatabase } from '../storage/DatabaseContext';

// The verifier's trust list: the cached copy at once (scanning never waits for the network),
// then a download whenever the device is online — on opening the screen, when the network
// comes back, and when the guard asks. A failed download keeps the cached copy in use.

export type TrustRefresh =
  | { readonly state: 'idle' }
  | { readonly state: 'refreshing' }
  | { readonly state: 'failed'; readonly reason: TrustDownloadFailure | 'storage' };

export type TrustListState = {
  /** null while the cache is being read. */
  readonly cached: CachedTrust | null;
  readonly refresh: TrustRefresh;
  readonly refreshNow: () => void;
};

export function useTrustList(): TrustListState {
  const db = useDatabase();
  const [cached, setCached] = useState<CachedTrust | null>(null);
  const [refresh, setRefresh] = useState<TrustRefresh>({ state: 'idle' });

  const refreshNow = useCallback(() => {
    setRefresh({ state: 'refreshing' });
    void (async () => {
      const downloaded = await refreshTrustList(db, {
        transport: registerTransport,
        now: () => Date.now(),
        defaultIssuer: window.location.origin,
      });
      setCached(await loadTrustList(db));
      setRefresh(
        downloaded.ok ? { state: 'idle' } : { state: 'failed', reason: downloaded.reason },
      );
    })().catch((error: unknown) => {
      // IndexedDB itself failed (quota, private mode): say so rather than spin for ever.
      console.error('Trust list refresh failed', error);
      setRefresh({ state: 'failed', reason: 'storage' });
    });
  }, [db]);

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
    if (navigator.onLine) refreshNow();
    window.addEventListener('online', refreshNow);
    return () => {
      current = false;
      window.removeEventListener('online', refreshNow);
    };
  }, [db, refreshNow]);

  return { cached, refresh, refreshNow };
}
