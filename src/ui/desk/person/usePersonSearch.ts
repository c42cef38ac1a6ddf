import { useDeferredValue, useEffect, useReducer } from 'react';
import { searchPersons } from '../../../desk/queries';
import type { DeskEnv } from '../../../desk/env';
import { watchQuery } from '../frame/useLiveQuery';
import type { SearchView } from './personSearchState';
import { FRESH_SEARCH, searchKey, searchReducer, searchViewOf } from './personSearchState';

/**
 * The patient search for what is typed now, kept current as persons are written (this desk,
 * another tab, a download). Each answer is tagged with the query it answers, and a
 * subscription that was left stops reporting, so an older query's answer never lands on a
 * newer one.
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
    const stop = watchQuery(
      () => searchPersons({ db }, query),
      (live) => {
        if (current) dispatch({ type: 'answered', query, live });
      },
    );
    return () => {
      current = false;
      stop();
    };
  }, [db, query]);
  return searchViewOf(typed, memory);
}
