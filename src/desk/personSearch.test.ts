// Dexie's liveQuery runs nothing without a global indexedDB, as in the browser.
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { IDBDatabase } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { PersonId } from '../core/ids';
import { examplePerson } from '../core/records/examples';
import type { PersonRecord } from '../core/records/person';
import { indexKeys } from '../storage/indexKeys';
import {
  countPersonMatches as countStoredMatches,
  searchPersons as searchStoredPersons,
} from '../storage/personSearch';
import { deskWithPersons } from './deskFixture';
import { countPersonMatches, searchPersons } from './queries';

// The desk's person search is storage's search run in ONE read transaction (issue #14): the
// same answers, with one IndexedDB transaction instead of one per read; the count of a long
// list is a second one, asked after the rows.

const NOW = new Date('2026-11-26T10:00:00Z');

function personNumber(n: number, surname: string): PersonRecord {
  return examplePerson({
    id: `0193a0b0-0000-7000-8000-${n.toString(16).padStart(12, '0')}` as PersonId,
    surname,
    document: { type: 'ru-passport', series: '4100', number: String(n).padStart(6, '0') },
    snils: undefined,
    phone: undefined,
  });
}

const deskWith = (persons: readonly PersonRecord[]) => deskWithPersons(persons, NOW);

const crowd = () =>
  Array.from({ length: 60 }, (_, n) => personNumber(n + 1, n % 3 === 0 ? 'Петрова' : 'Иванова'));

describe('the desk’s person search', () => {
  it('answers as storage’s search does: the first 30 matches, and the count of all', async () => {
    const env = await deskWith(crowd());
    for (const query of ['Иванова', 'пет', '41 00 000007', 'Сидорова', '']) {
      const desk = await searchPersons(env, query);
      const stored = await searchStoredPersons(env.db, query);
      expect(desk.total).toBe(stored.total);
      expect(desk.shown.map((p) => p.record.id)).toEqual(stored.shown.map((p) => p.record.id));
      expect(await countPersonMatches(env, query)).toBe(await countStoredMatches(env.db, query));
    }
    expect((await searchPersons(env, 'Иванова')).shown).toHaveLength(30);
    expect(await countPersonMatches(env, 'Иванова')).toBe(40);
    expect((await searchPersons(env, 'пет')).total).toBe(20);
  });

  it('reads a surname prefix’s rows in one IndexedDB transaction, and counts in one more', async () => {
    // Watched from before the database opens: Dexie keeps the method it finds then.
    const opened = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const env = await deskWith(crowd());
    opened.mockClear();
    const answer = await searchPersons(env, 'Иванова');
    expect(answer.shown).toHaveLength(30);
    expect(opened).toHaveBeenCalledTimes(1);
    expect(await countPersonMatches(env, 'Иванова')).toBe(40);
    expect(opened).toHaveBeenCalledTimes(2);
    opened.mockRestore();
  });

  it('is followed live: a person stored while the count is watched is counted at once', async () => {
    const env = await deskWith(crowd());
    const totals: number[] = [];
    const subscription = liveQuery(() => countPersonMatches(env, 'Иванова')).subscribe({
      next: (count) => {
        totals.push(count);
      },
    });
    await vi.waitFor(() => {
      expect(totals).toEqual([40]);
    });
    const newcomer = personNumber(61, 'Иванова');
    await env.db.persons.put({
      id: newcomer.id,
      record: newcomer,
      sync: { state: 'synced', version: 1 },
      ...indexKeys(newcomer),
    });
    await vi.waitFor(() => {
      expect(totals).toEqual([40, 41]);
    });
    subscription.unsubscribe();
  });
});
