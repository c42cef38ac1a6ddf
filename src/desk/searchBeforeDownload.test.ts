import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { deskReadsSettled } from '../storage/deskFirst';
import { openDatabase } from '../storage/database';
import { searchPersons } from './queries';

// The person search is one of the desk's reads that a download waits for
// (storage/deskFirst.ts; sync/pullDeskFirst.test.ts holds the pull to it).
describe('the desk’s person search during a download', () => {
  it('goes before the next slice: the slice starts after the search has answered', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const order: string[] = [];
    const search = searchPersons({ db }, 'Иванов').then(() => order.push('search'));
    const slice = deskReadsSettled(db).then(() => order.push('slice'));
    await Promise.all([search, slice]);
    expect(order).toEqual(['search', 'slice']);
  });
});
