import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

/**
 * A live query's state. `failed` says the query threw (IndexedDB closed, a quota, a bug):
 * the screen shows that instead of "loading…" for ever. The error itself goes to the console
 * for the administrator; the clerk sees a message that says what to do.
 */
export type Live<T> =
  | { readonly loaded: false; readonly failed: boolean }
  | { readonly loaded: true; readonly value: T };

/**
 * Runs `query` now and again whenever a table it read is written — by this screen, another
 * tab or the sync engine — and reports each answer, or the failure. Returns the unsubscribe.
 */
export function watchQuery<T>(
  query: () => Promise<T>,
  onChange: (state: Live<T>) => void,
  report: (error: unknown) => void = (error) => {
    console.error('A desk query failed', error);
  },
): () => void {
  const subscription = liveQuery(query).subscribe({
    next: (value) => {
      onChange({ loaded: true, value });
    },
    error: (error: unknown) => {
      report(error);
      onChange({ loaded: false, failed: true });
    },
  });
  return () => {
    subscription.unsubscribe();
  };
}

/**
 * The answer of a desk query (src/desk/queries.ts), kept current, so a record's sync state
 * and a statement's stage change on screen without a reload. `deps` are the query's inputs.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ loaded: false, failed: false });
  // The query closure is rebuilt every render; its inputs are `deps`.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => watchQuery(query, setState), deps);
  return state;
}
