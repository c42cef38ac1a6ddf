import { useDeferredValue, useEffect, useReducer } from 'react';
import { countPersonMatches, searchPersons } from '../../../desk/queries';
import type { DeskEnv } from '../../../desk/env';
import { watchQuery } from '../frame/useLiveQuery';
import type { SearchView } from './personSearchState';
import { FRESH_SEARCH, searchKey, searchReducer, searchViewOf } from './personSearchState';

/**
 * The patient search for what is typed now, kept current as persons are written (this desk,
 * another tab, a download). Each answer is tagged with the query it answers, and a
 * subscription that was left stops reporting, so an older query's answer never lands on a
 * newer one. When more match than are shown, the number is counted after the rows, and kept
 * current the same way.
 */
export function usePersonSearch(env: Pick<DeskEnv, 'db'>, typed: string): SearchView {
  const [memory, dispatch] = useReducer(searchReducer, FRESH_SEARCH);
  // Typing stays urgent; the search follows the deferred value and says "searching" meanwhile.
  const query = searchKey(useDeferredValue(typed));
  const { db } = env;
  useEffect(() => {
    dispatch({ type: 'asked', query });
    if (query === '') return undefined;
    let current = true;
    let stopCounting: (() => void) | undefined;
    const stop = watchQuery(
      () => searchPersons({ db }, query),
      (live) => {
        if (!current) return;
        dispatch({ type: 'answered', query, live });
        if (live.loaded && live.value.total === undefined && stopCounting === undefined) {
          // A failed count leaves the list as it is: the status line then gives no number.
          stopCounting = watchQuery(
            () => countPersonMatches({ db }, query),
            (counted) => {
              if (current && counted.loaded) {
                dispatch({ type: 'counted', query, total: counted.value });
              }
            },
          );
        }
      },
    );
    return () => {
      current = false;
      stop();
      stopCounting?.();
    };
  }, [db, query]);
  return searchViewOf(typed, memory);
}
