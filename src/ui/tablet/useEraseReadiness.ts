import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { EraseReadiness } from '../../desk/tabletData';
import { eraseReadiness } from '../../desk/tabletData';
import { useDatabase } from '../database/DatabaseContext';

/** The unsynced work and whether the last export covers it, live as the desk and sync write. */
export function useEraseReadiness(): EraseReadiness | null {
  const db = useDatabase();
  const [readiness, setReadiness] = useState<EraseReadiness | null>(null);
  useEffect(() => {
    const subscription = liveQuery(() => eraseReadiness(db)).subscribe({
      next: setReadiness,
      error: (error: unknown) => {
        console.error('unsynced work unreadable', error);
      },
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [db]);
  return readiness;
}
