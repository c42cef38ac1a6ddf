import { useCallback, useEffect, useState } from 'react';
import type { Clinic } from '../../core/clinic/settings';
import type { TabletIdentity } from '../../desk/tablet';
import { loadClinic, loadTabletIdentity } from '../../desk/tablet';
import { useDatabase } from './DatabaseContext';

export type TabletState =
  | { readonly status: 'loading' }
  | { readonly status: 'not-enrolled' }
  | { readonly status: 'enrolled'; readonly identity: TabletIdentity; readonly clinic: Clinic };

/** This device's enrolment as stored on it; `reload` after enrolling. */
export function useTablet(): { readonly tablet: TabletState; readonly reload: () => void } {
  const db = useDatabase();
  const [tablet, setTablet] = useState<TabletState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    void Promise.all([loadTabletIdentity(db), loadClinic(db)]).then(([identity, clinic]) => {
      if (!live) return;
      setTablet(
        identity === undefined || clinic === undefined
          ? { status: 'not-enrolled' }
          : { status: 'enrolled', identity, clinic },
      );
    });
    return () => {
      live = false;
    };
  }, [db, generation]);
  const reload = useCallback(() => {
    setGeneration((n) => n + 1);
  }, []);
  return { tablet, reload };
}
