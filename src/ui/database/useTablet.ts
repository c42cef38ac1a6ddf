import { useCallback, useEffect, useState } from 'react';
import type { ClinicHeader } from '../../core/clinic/header';
import type { TabletIdentity } from '../../desk/tablet';
import { loadClinicHeader, loadTabletIdentity } from '../../desk/tablet';
import { useDatabase } from './DatabaseContext';

export type TabletState =
  | { readonly status: 'loading' }
  | { readonly status: 'not-enrolled' }
  | {
      readonly status: 'enrolled';
      readonly identity: TabletIdentity;
      readonly clinic: ClinicHeader;
    };

/** This device's enrolment as stored on it; `reload` after enrolling. */
export function useTablet(): { readonly tablet: TabletState; readonly reload: () => void } {
  const db = useDatabase();
  const [tablet, setTablet] = useState<TabletState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    void Promise.all([loadTabletIdentity(db), loadClinicHeader(db)]).then(([identity, clinic]) => {
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
