import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

export type Live<T> = { readonly loaded: false } | { readonly loaded: true; readonly value: T };

/**
 * The answer of a Dexie query, kept current: Dexie re-runs it whenever a table it read is
 * written — by this screen, another tab or the sync engine — so a record's sync state and a
 * case's stage change on screen without a reload. `deps` are the query's inputs.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ loaded: false });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        setState({ loaded: true, value });
      },
      error: (error: unknown) => {
        console.error('A desk query failed', error);
      },
    });
    return () => {
      subscription.unsubscribe();
    };
    // The query closure is rebuilt every render; its inputs are `deps`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
