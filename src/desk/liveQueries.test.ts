// Dexie's liveQuery runs nothing without a global indexedDB, as in the browser.
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../core/records/calendarDate';
import type { PersonId } from '../core/ids';
import { examplePerson } from '../core/records/examples';
import type { PersonRecord } from '../core/records/person';
import { deskWithPersons } from './deskFixture';
import { loadSyncProblems } from './problems';
import { searchPersons } from './queries';
import { fresh, personInConflict, rejectedPerson } from '../storage/syncProblemsFixture';

// The desk's reads as the screens run them: inside Dexie's live query (what
// ui/desk/frame/useLiveQuery.ts subscribes). A read that opens its own transaction can fail
// there where the same read called directly succeeds — Dexie follows a transaction through
// native awaits by bookkeeping that an `async` wrapper around it upset (storage/deskFirst.ts)
// — so these run each read the screens' way and fail on any failure.

const NOW = new Date('2026-11-26T10:00:00Z');
const BORN = '1985-03-12' as CalendarDate;

type Answer<T> = { readonly value?: T; readonly failure?: unknown };

/** The first answer of a live query, or its failure. */
function firstAnswer<T>(query: () => Promise<T>): Promise<Answer<T>> {
  return new Promise((resolve) => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        subscription.unsubscribe();
        resolve({ value });
      },
      error: (failure: unknown) => {
        resolve({ failure });
      },
    });
  });
}

function ivanova(n: number, birthDate: CalendarDate): PersonRecord {
  return examplePerson({
    id: `0193a0b0-0000-7000-8000-${n.toString(16).padStart(12, '0')}` as PersonId,
    surname: 'Иванова',
    birthDate,
    document: { type: 'ru-passport', series: '4100', number: String(n).padStart(6, '0') },
    snils: undefined,
    phone: undefined,
  });
}

describe('the desk’s reads inside a live query', () => {
  it('searches at every keystroke of a date typed after the surname', async () => {
    const env = await deskWithPersons(
      [
        ...Array.from({ length: 40 }, (_, n) => ivanova(n + 1, '1990-01-01' as CalendarDate)),
        ivanova(99, BORN),
      ],
      NOW,
    );
    const typed = 'Иванова 12.03.1985';
    const failed: string[] = [];
    let last: Answer<Awaited<ReturnType<typeof searchPersons>>> = {};
    for (let end = 'Иванова'.length; end <= typed.length; end++) {
      const query = typed.slice(0, end);
      last = await firstAnswer(() => searchPersons(env, query));
      if (last.failure !== undefined)
        failed.push(`«${query}»: ${last.failure instanceof Error ? last.failure.name : '?'}`);
    }
    expect(failed).toEqual([]);
    expect(last.value?.shown.map((p) => p.record.id)).toEqual([ivanova(99, BORN).id]);
  });

  it('lists the problems screen’s conflicts and refused records', async () => {
    const inConflict = fresh();
    await personInConflict(inConflict);
    const refused = fresh();
    await rejectedPerson(refused, 'unknown-author');
    const counts: number[][] = [];
    for (const db of [inConflict, refused]) {
      const { value, failure } = await firstAnswer(() => loadSyncProblems({ db }));
      expect(failure).toBeUndefined();
      if (value !== undefined) counts.push([value.conflicts.length, value.rejected.length]);
    }
    expect(counts).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });
});
