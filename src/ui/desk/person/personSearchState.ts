import type { PersonSearchAnswer } from '../../../desk/queries';
import { impossibleDateIn, latinNameAlone } from '../../../desk/queries';
import type { Live } from '../frame/useLiveQuery';

// What the search box shows, kept apart from React so its rules are tested on their own. The
// rule that matters at the window: "nobody found" is said only about the query on screen,
// once its own answer came back empty — never while that query still runs (the previous
// answer stays visible, marked stale), else a clerk registers a person who is already there.
// The rows come first; when more match than are shown, the number follows as a query of its
// own (desk/queries.ts countPersonMatches), kept here beside the rows it counts.

/** The search's memory: which query is being asked, and what came back. */
export type SearchMemory = {
  /** The query (trimmed) whose answers are awaited; answers for any other are dropped. */
  readonly asking: string;
  /** The latest answer to `asking`, or the failure, once it came. */
  readonly latest: { readonly query: string; readonly live: Live<PersonSearchAnswer> } | undefined;
  /** The last answer that loaded, for whatever query: shown, stale, while the next one runs. */
  readonly previous: PersonSearchAnswer | undefined;
  /** How many match `asking` in all, once counted (asked only when more match than shown). */
  readonly counted: { readonly query: string; readonly total: number } | undefined;
};

export const FRESH_SEARCH: SearchMemory = {
  asking: '',
  latest: undefined,
  previous: undefined,
  counted: undefined,
};

export type SearchEvent =
  | { readonly type: 'asked'; readonly query: string }
  | { readonly type: 'answered'; readonly query: string; readonly live: Live<PersonSearchAnswer> }
  | { readonly type: 'counted'; readonly query: string; readonly total: number };

export function searchReducer(memory: SearchMemory, event: SearchEvent): SearchMemory {
  switch (event.type) {
    case 'asked':
      // An emptied box starts over: the next query shows no stale results of an old one.
      // A count belongs to the query it counted: the next one is counted anew.
      return event.query === ''
        ? FRESH_SEARCH
        : { ...memory, asking: event.query, counted: undefined };
    case 'answered': {
      // A late answer to an older query must never replace the newer query's answer.
      if (event.query !== memory.asking) return memory;
      const previous = event.live.loaded ? event.live.value : memory.previous;
      return { ...memory, latest: { query: event.query, live: event.live }, previous };
    }
    case 'counted':
      if (event.query !== memory.asking) return memory;
      return { ...memory, counted: { query: event.query, total: event.total } };
  }
}

/** What the result area shows for the query now in the box. */
export type SearchView =
  | { readonly state: 'idle' }
  /** The query on screen has no answer yet: "searching…", the previous results dimmed. */
  | { readonly state: 'searching'; readonly stale: PersonSearchAnswer | undefined }
  | { readonly state: 'found'; readonly answer: PersonSearchAnswer }
  /**
   * The query on screen was answered, and nobody matches it: a date in it may not exist, or
   * it is a Latin name without a date, which only the Cyrillic name's index could have found.
   */
  | { readonly state: 'nobody'; readonly impossibleDate?: string; readonly latinAlone?: true }
  | { readonly state: 'failed' };

/** The query as the search keys it: surrounding spaces change nothing. */
export function searchKey(typed: string): string {
  return typed.trim();
}

export function searchViewOf(typed: string, memory: SearchMemory): SearchView {
  const query = searchKey(typed);
  if (query === '') return { state: 'idle' };
  const { latest } = memory;
  if (latest === undefined || latest.query !== query) {
    return { state: 'searching', stale: memory.previous };
  }
  if (!latest.live.loaded) {
    return latest.live.failed
      ? { state: 'failed' }
      : { state: 'searching', stale: memory.previous };
  }
  const answer = latest.live.value;
  if (answer.total === 0) {
    const impossibleDate = impossibleDateIn(query);
    if (impossibleDate !== undefined) return { state: 'nobody', impossibleDate };
    return latinNameAlone(query) ? { state: 'nobody', latinAlone: true } : { state: 'nobody' };
  }
  const { counted } = memory;
  if (answer.total !== undefined || counted?.query !== query) return { state: 'found', answer };
  // The count is its own read, and the rows may have been read after a person was edited out
  // of the match: never say fewer match than are on screen.
  return {
    state: 'found',
    answer: { ...answer, total: Math.max(counted.total, answer.shown.length) },
  };
}
