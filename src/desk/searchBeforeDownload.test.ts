import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_IDS } from '../core/records/examples';
import type { CalendarDate } from '../core/records/calendarDate';
import { deskReadsSettled } from '../storage/deskFirst';
import type { SeroDeskDatabase } from '../storage/database';
import { openDatabase } from '../storage/database';
import {
  loadCertificate,
  loadPersonFile,
  loadStatement,
  readPerson,
  searchPersons,
  statementsOfDay,
} from './queries';

// The desk's screen reads are the reads a download waits for (storage/deskFirst.ts;
// sync/pullDeskFirst.test.ts holds the pull to them): each goes before the next slice.
const READS: readonly [string, (db: SeroDeskDatabase) => Promise<unknown>][] = [
  ['the person search', (db) => searchPersons({ db }, 'Иванов')],
  ['a person’s card', (db) => loadPersonFile({ db }, EXAMPLE_IDS.person)],
  ['a person', (db) => readPerson({ db }, EXAMPLE_IDS.person)],
  ['a statement', (db) => loadStatement({ db }, EXAMPLE_IDS.application)],
  ['the day’s journal', (db) => statementsOfDay({ db }, '2026-11-20' as CalendarDate)],
  ['a certificate', (db) => loadCertificate({ db }, EXAMPLE_IDS.certificate)],
];

describe('the desk’s reads during a download', () => {
  it.each(READS)(
    '%s goes before the next slice: the slice starts after it has answered',
    async (_name, read) => {
      const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
      const order: string[] = [];
      const answered = read(db).then(() => order.push('read'));
      const slice = deskReadsSettled(db).then(() => order.push('slice'));
      await Promise.all([answered, slice]);
      expect(order).toEqual(['read', 'slice']);
    },
  );
});
