import { describe, expect, it } from 'vitest';
import { examplePerson } from '../../../core/records/examples';
import type { PersonSearchAnswer } from '../../../desk/queries';
import type { SearchEvent, SearchMemory } from './personSearchState';
import { FRESH_SEARCH, searchReducer, searchViewOf } from './personSearchState';

const ivanova: PersonSearchAnswer = {
  total: 1521,
  shown: [{ record: examplePerson(), sync: { state: 'synced', version: 1 } }],
};
const nobody: PersonSearchAnswer = { total: 0, shown: [] };
/** The first rows of a long list, before its count: the rows do not say how many match. */
const firstOfMany: PersonSearchAnswer = { ...ivanova, total: undefined };

function replay(...events: SearchEvent[]): SearchMemory {
  return events.reduce(searchReducer, FRESH_SEARCH);
}
const asked = (query: string): SearchEvent => ({ type: 'asked', query });
const counted = (query: string, total: number): SearchEvent => ({ type: 'counted', query, total });
const answered = (query: string, value: PersonSearchAnswer): SearchEvent => ({
  type: 'answered',
  query,
  live: { loaded: true, value },
});

describe('what the patient search shows while the clerk types', () => {
  it('says "searching", not "nobody found", for the first letter before its answer', () => {
    expect(searchViewOf('И', replay(asked('И')))).toEqual({
      state: 'searching',
      stale: undefined,
    });
  });

  it('keeps the previous results, stale, while the next query runs', () => {
    const memory = replay(asked('Иван'), answered('Иван', ivanova), asked('Иванова'));
    expect(searchViewOf('Иванова', memory)).toEqual({ state: 'searching', stale: ivanova });
    // The box is ahead of the deferred search: still the old answer, still searching.
    expect(searchViewOf('Иванова 1', memory)).toEqual({ state: 'searching', stale: ivanova });
  });

  it('says "nobody found" only once the query on screen is answered empty', () => {
    const memory = replay(asked('Сидорова'), answered('Сидорова', nobody));
    expect(searchViewOf('Сидорова', memory)).toEqual({ state: 'nobody' });
    expect(searchViewOf('Сидоров', memory).state).toBe('searching');
  });

  it('never lets a late answer to an older query replace the newer one', () => {
    const memory = replay(
      asked('Иванова'),
      asked('Иванова Ма'),
      answered('Иванова Ма', ivanova),
      answered('Иванова', nobody),
    );
    expect(searchViewOf('Иванова Ма', memory)).toEqual({ state: 'found', answer: ivanova });
    // Nor does a late empty answer become the "previous results" shown while searching.
    expect(searchViewOf('Иванова Мар', memory)).toEqual({ state: 'searching', stale: ivanova });
  });

  it('says which date does not exist when a query with one finds nobody', () => {
    const memory = replay(asked('Иванова 31.02.1985'), answered('Иванова 31.02.1985', nobody));
    expect(searchViewOf('Иванова 31.02.1985', memory)).toEqual({
      state: 'nobody',
      impossibleDate: '31.02.1985',
    });
  });

  it('tells how to find a person by a Latin name rather than "nobody found"', () => {
    for (const query of ['ivanova', 'Smith John']) {
      const memory = replay(asked(query), answered(query, nobody));
      expect(searchViewOf(query, memory)).toEqual({ state: 'nobody', latinAlone: true });
    }
    // Beside a date the Latin name is searched, so an empty answer means nobody; so does a
    // Cyrillic name, or a document's letters and digits.
    for (const query of ['ivanova 12.03.1985', 'Иванова', 'AB 1234567']) {
      const memory = replay(asked(query), answered(query, nobody));
      expect(searchViewOf(query, memory)).toEqual({ state: 'nobody' });
    }
  });

  it('shows the failure of the query on screen instead of "nobody found"', () => {
    const memory = replay(asked('Иванова'), {
      type: 'answered',
      query: 'Иванова',
      live: { loaded: false, failed: true },
    });
    expect(searchViewOf('Иванова', memory)).toEqual({ state: 'failed' });
  });

  it('shows nothing for an empty box, and forgets old results once the box is emptied', () => {
    const memory = replay(asked('Иван'), answered('Иван', ivanova), asked(''));
    expect(searchViewOf('  ', memory)).toEqual({ state: 'idle' });
    expect(
      searchViewOf('П', replay(asked('Иван'), answered('Иван', ivanova), asked(''), asked('П'))),
    ).toEqual({
      state: 'searching',
      stale: undefined,
    });
  });

  it('shows the first rows of a long list at once, and how many match once counted', () => {
    const rows = replay(asked('Иванова'), answered('Иванова', firstOfMany));
    expect(searchViewOf('Иванова', rows)).toEqual({ state: 'found', answer: firstOfMany });
    expect(
      searchViewOf(
        'Иванова',
        replay(asked('Иванова'), answered('Иванова', firstOfMany), counted('Иванова', 1521)),
      ),
    ).toEqual({
      state: 'found',
      answer: { ...firstOfMany, total: 1521 },
    });
    // The count may come before the rows: it waits for them.
    expect(
      searchViewOf(
        'Иванова',
        replay(asked('Иванова'), counted('Иванова', 1521), answered('Иванова', firstOfMany)),
      ),
    ).toEqual({ state: 'found', answer: { ...firstOfMany, total: 1521 } });
  });

  it('never puts the count of an older query under the newer one’s rows', () => {
    const memory = replay(
      asked('Иван'),
      asked('Иванова'),
      answered('Иванова', firstOfMany),
      counted('Иван', 3000),
    );
    expect(searchViewOf('Иванова', memory)).toEqual({ state: 'found', answer: firstOfMany });
    // Nor a count kept from before the box changed.
    const later = replay(
      asked('Иванова'),
      counted('Иванова', 1521),
      asked('Иванов'),
      answered('Иванов', firstOfMany),
    );
    expect(searchViewOf('Иванов', later)).toEqual({ state: 'found', answer: firstOfMany });
  });

  it('never says fewer match than are on screen, when the count lags behind the rows', () => {
    const memory = replay(
      asked('Иванова'),
      answered('Иванова', firstOfMany),
      counted('Иванова', 0),
    );
    expect(searchViewOf('Иванова', memory)).toEqual({
      state: 'found',
      answer: { ...firstOfMany, total: firstOfMany.shown.length },
    });
  });
});
