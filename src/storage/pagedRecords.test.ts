import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../core/records/person';
import type { ClinicRecord } from '../core/records/record';
import type { SeroDeskDatabase } from './database';
import { openDatabase } from './database';
import { countRecordsOf } from './pagedRecords';
import { storePageIndex } from './pageIndexStore';
import { pageFixtureRecords, pullInSlices, registrarWriting, SURNAMES } from './pageFixture';
import { countPersonMatches, searchPersons } from './personSearch';
import { readRecord, recordsWhere, writeRecord } from './records';
import { indexKeys } from './indexKeys';

// A first download stores persons by the page (pagedRecords.ts); every reader must answer as
// it does for the same persons stored as rows of their table. So each test stores one set of
// persons both ways — pulled from cursor 0 (pages) and from a later cursor (rows) — changes
// both alike, and asks both every question the desk asks.

const persons = (count: number) =>
  pageFixtureRecords(count).filter((record): record is PersonRecord => record.kind === 'person');

const registrar = registrarWriting();

function fresh(factory = new IDBFactory()) {
  return openDatabase({ indexedDB: factory, IDBKeyRange });
}

async function bothWays(records: readonly ClinicRecord[]) {
  const paged = fresh();
  await pullInSlices(paged, records);
  const rows = fresh();
  await pullInSlices(rows, records, 1_000_000);
  return { paged, rows };
}

/** Every query a clerk might type that finds some of these persons, and a few that find none. */
function queriesFor(all: readonly PersonRecord[]): string[] {
  const queries = new Set<string>(['Сидорова', '12.03.1941', '999-999-999 99']);
  for (const surname of SURNAMES) {
    for (let length = 1; length <= surname.length; length++) queries.add(surname.slice(0, length));
    queries.add(`${surname} М`);
    queries.add(`${surname} А.П.`);
    queries.add(`${surname} 1950-01-10`);
  }
  for (const person of all) {
    const keys = indexKeys(person);
    for (const key of [keys.snils, keys.phone, person.birthDate]) {
      if (typeof key === 'string') queries.add(key);
    }
    queries.add(`${person.document.series ?? ''} ${person.document.number}`);
    queries.add(`${person.surname} ${person.birthDate}`);
  }
  return [...queries];
}

async function answers(db: SeroDeskDatabase, queries: readonly string[]) {
  const found = [];
  for (const query of queries) {
    const answer = await searchPersons(db, query);
    found.push({
      query,
      total: answer.total,
      shown: answer.shown.map(({ record, sync }) => ({ record, sync })),
      count: await countPersonMatches(db, query),
    });
  }
  return found;
}

async function expectSameAnswers(
  { paged, rows }: { paged: SeroDeskDatabase; rows: SeroDeskDatabase },
  all: readonly PersonRecord[],
) {
  const queries = queriesFor(all);
  const fromPages = await answers(paged, queries);
  expect(fromPages).toEqual(await answers(rows, queries));
  // Not a vacuous comparison: most queries find someone, and some find more than are shown.
  expect(fromPages.filter((answer) => answer.count > 0).length).toBeGreaterThan(queries.length / 2);
  expect(fromPages.some((answer) => answer.total === undefined)).toBe(true);
  for (const person of all) {
    expect(await readRecord(paged, 'person', person.id)).toEqual(
      await readRecord(rows, 'person', person.id),
    );
  }
  expect(await countRecordsOf(paged, 'person')).toBe(await countRecordsOf(rows, 'person'));
}

describe('persons a first download stored by the page', () => {
  it('are stored as a page per slice, in parts of 25, not as rows', async () => {
    const all = persons(300);
    const { paged, rows } = await bothWays(all);
    expect(await paged.persons.count()).toBe(0);
    // Slices of 125, 125 and 50: five parts, five and two.
    expect(await paged.pulledPages.count()).toBe(12);
    expect(await paged.pulledKeys.count()).toBe(3);
    expect(await rows.persons.count()).toBe(300);
    expect(await countRecordsOf(paged, 'person')).toBe(300);
  });

  it('are found by every query, counted and read as the same persons stored as rows', async () => {
    const all = persons(400);
    await expectSameAnswers(await bothWays(all), all);
  });

  it('read as the desk’s edit once edited, shadowing the page: under the new name only', async () => {
    const all = persons(300);
    const both = await bothWays(all);
    const edits = all.slice(0, 300).filter((_, at) => at % 7 === 0);
    for (const db of [both.paged, both.rows]) {
      for (const [at, person] of edits.entries()) {
        const edit =
          at % 2 === 0
            ? { ...person, surname: 'Ким', surnameLatin: 'KIM' }
            : { ...person, phone: '+79140000099' };
        const saved = await writeRecord(db, edit, registrar);
        expect(saved.ok).toBe(true);
      }
    }
    const after = await readRecord(both.paged, 'person', edits[0]?.id ?? '');
    expect(after).toMatchObject({ record: { surname: 'Ким' }, sync: { state: 'pending' } });
    // The op starts from the version the page held, as it would from the table's row.
    const [op] = await both.paged.outbox.toArray();
    expect(op).toMatchObject({ recordId: edits[0]?.id, baseVersion: 1 });
    await expectSameAnswers(both, all);
  });

  it('read as the register’s newer version once a later pull brings it', async () => {
    const all = persons(300);
    const both = await bothWays(all);
    const newer = all
      .filter((_, at) => at % 5 === 0)
      .map((person) => ({ ...person, surname: 'Ли', version: 2 }));
    await pullInSlices(both.paged, newer, 2_000_000);
    await pullInSlices(both.rows, newer, 2_000_000);
    expect(await readRecord(both.paged, 'person', newer[0]?.id ?? '')).toMatchObject({
      record: { surname: 'Ли', version: 2 },
      sync: { state: 'synced', version: 2 },
    });
    await expectSameAnswers(both, all);
  });

  it('take the later copy of a person the same download brought twice', async () => {
    const all = persons(250);
    const changed = all.slice(0, 10).map((person) => ({ ...person, surname: 'Ким', version: 2 }));
    const both = await bothWays([...all, ...changed]);
    expect(await recordsWhere(both.paged, 'person', 'snils', '11223344595')).toEqual(
      await recordsWhere(both.rows, 'person', 'snils', '11223344595'),
    );
    await expectSameAnswers(both, all);
  });

  it('are seen by another connection to the same database, pages stored later too', async () => {
    const factory = new IDBFactory();
    const downloading = fresh(factory);
    const searching = fresh(factory);
    const all = persons(300);
    await pullInSlices(downloading, all.slice(0, 125));
    const first = all[0];
    const last = all[299];
    if (first === undefined || last === undefined) throw new Error('no persons');
    expect(await readRecord(searching, 'person', first.id)).toMatchObject({
      record: { id: first.id },
    });
    expect(await readRecord(searching, 'person', last.id)).toBeUndefined();
    const before = await countPersonMatches(searching, last.surname);
    await pullInSlices(downloading, all.slice(125), 125, true);
    expect(await readRecord(searching, 'person', last.id)).toMatchObject({
      record: { id: last.id },
    });
    expect(await countPersonMatches(searching, last.surname)).toBeGreaterThan(before);
  });

  it('are found by the connection downloading them, pages stored after its first search too', async () => {
    // The index takes the key rows this connection stored as it stored them (pageParts.ts),
    // not read back: what it finds must be what the rows find.
    const paged = fresh();
    const all = persons(400);
    await pullInSlices(paged, all.slice(0, 125));
    expect(await countPersonMatches(paged, SURNAMES[0] ?? '')).toBeGreaterThan(0);
    const renamed = all.slice(0, 40).map((person) => ({ ...person, surname: 'Ли', version: 2 }));
    await pullInSlices(paged, [...all.slice(125), ...renamed], 125, true);
    const rows = fresh();
    await pullInSlices(rows, [...all, ...renamed], 1_000_000);
    await expectSameAnswers({ paged, rows }, all);
  });

  it('are read by a new connection from the sorted pairs stored at idle, and pages after them', async () => {
    const factory = new IDBFactory();
    const tablet = fresh(factory);
    const all = persons(400);
    await pullInSlices(tablet, all.slice(0, 250));
    expect(await storePageIndex(tablet)).toBe(true);
    expect(await storePageIndex(tablet)).toBe(false);
    const stored = await tablet.pulledIndex.toArray();
    expect(new Set(stored.map((row) => row.through))).toEqual(new Set([126]));
    expect(stored.map((row) => row.index)).toContain('person.searchName');
    // Stored later, with some persons pulled again under another name.
    const renamed = all.slice(0, 40).map((person) => ({ ...person, surname: 'Ли', version: 2 }));
    await pullInSlices(tablet, [...all.slice(250), ...renamed], 250, true);

    const restarted = fresh(factory);
    const rows = fresh();
    await pullInSlices(rows, [...all, ...renamed], 1_000_000);
    await expectSameAnswers({ paged: restarted, rows }, all);
    expect(await storePageIndex(restarted)).toBe(true);
    expect(new Set((await tablet.pulledIndex.toArray()).map((row) => row.through))).toEqual(
      new Set([376]),
    );
  });
});
