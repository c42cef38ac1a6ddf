import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { PersonId } from '../core/ids';
import { examplePerson } from '../core/records/examples';
import type { ClinicRecord } from '../core/records/record';
import { openDatabase } from './database';
import { envelopeOf } from './indexKeys';
import type { KeyRow } from './pageIndex';
import { PageIndex, pageKeysOf } from './pageIndex';
import { idOf, pageFixtureRecords } from './pageFixture';
import { tableOf } from './recordTables';

// The index of the app's own must answer as the tables' IndexedDB indexes do for the same
// records (docs/DECISIONS.md, "Records by the page"): the readers will join the two answers.
// So each test stores one set of records both ways — as rows of the app's tables
// (fake-indexeddb) and as pages of 125 — and asks both the same questions.

async function bothWays(all: readonly ClinicRecord[]) {
  const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  for (const record of all) {
    await tableOf(db, record.kind).put(envelopeOf(record, { state: 'synced', version: 1 }));
  }
  const index = new PageIndex();
  for (let start = 0; start < all.length; start += 125) {
    index.add(start, pageKeysOf(all.slice(start, start + 125)));
  }
  return { db, index };
}

/** Every value each index holds among the records, and one none does. */
function valuesOf(all: readonly ClinicRecord[], kind: string, name: string): string[] {
  const values = new Set<string>(['no-such-key']);
  for (const record of all) {
    if (record.kind !== kind) continue;
    const keys = pageKeysOf([record]).keys[name]?.[0];
    if (typeof keys === 'string') values.add(keys);
    else if (keys !== null && keys !== undefined) for (const key of keys) values.add(key);
  }
  return [...values];
}

describe('the index of records stored by the page', () => {
  const all = pageFixtureRecords(300);

  it('answers every exact key in the order the tables’ indexes answer it', async () => {
    const { db, index } = await bothWays(all);
    let compared = 0;
    for (const kind of new Set(all.map((record) => record.kind))) {
      const table = tableOf(db, kind);
      for (const declared of table.schema.indexes) {
        const name = String(declared.keyPath);
        if (name === 'sync.state') continue; // a page holds synced records only
        for (const value of valuesOf(all, kind, name)) {
          const rows = await table.where(name).equals(value).primaryKeys();
          expect(index.equal(kind, name, value), `${kind}.${name} = ${value}`).toEqual(rows);
          compared += rows.length;
        }
      }
    }
    // Persons, applications, contracts (with their receipts) and certificates were asked.
    expect(compared).toBeGreaterThan(2_000);
  });

  it('finds a name prefix in the persons table’s order, to a limit, and counts it', async () => {
    const { db, index } = await bothWays(all);
    for (const prefix of ['и', 'ива', 'иванов', 'иванова а', 'пе', 'петрова', 'л', 'я', '']) {
      const rows = await db.persons.where('searchName').startsWith(prefix).primaryKeys();
      expect(index.withPrefix('person', 'searchName', prefix), prefix).toEqual(rows);
      expect(index.withPrefix('person', 'searchName', prefix, 30), prefix).toEqual(
        rows.slice(0, 30),
      );
      expect(index.countWithPrefix('person', 'searchName', prefix), prefix).toBe(rows.length);
    }
  });

  it('says which page holds a record, where on it, at which version', () => {
    const index = new PageIndex();
    const person = examplePerson({ id: idOf(1) as PersonId, version: 3 });
    index.add(250, pageKeysOf([examplePerson({ id: idOf(0) as PersonId }), person]));
    expect(index.locate(person.id)).toEqual({ page: 250, at: 1, kind: 'person', version: 3 });
    expect(index.locate(idOf(9))).toBeUndefined();
    expect(index.size).toBe(2);
  });

  it('indexes a record from the later page that holds it, under its new keys only', () => {
    const index = new PageIndex();
    const id = idOf(1) as PersonId;
    index.add(0, pageKeysOf([examplePerson({ id, surname: 'Иванова', version: 1 })]));
    expect(index.withPrefix('person', 'searchName', 'иванова')).toEqual([id]);
    index.add(125, pageKeysOf([examplePerson({ id, surname: 'Петрова', version: 2 })]));
    expect(index.withPrefix('person', 'searchName', 'иванова')).toEqual([]);
    expect(index.withPrefix('person', 'searchName', 'петрова')).toEqual([id]);
    expect(index.locate(id)).toEqual({ page: 125, at: 0, kind: 'person', version: 2 });
    expect(index.size).toBe(1);
  });

  it('finds what pages added between two searches hold', () => {
    const index = new PageIndex();
    const first = examplePerson({ id: idOf(2) as PersonId, surname: 'Иванова' });
    const second = examplePerson({ id: idOf(1) as PersonId, surname: 'Иванова' });
    index.add(0, pageKeysOf([first]));
    expect(index.withPrefix('person', 'searchName', 'ив')).toEqual([first.id]);
    index.add(125, pageKeysOf([second]));
    // The same key: by id, as IndexedDB orders equal keys.
    expect(index.withPrefix('person', 'searchName', 'ив')).toEqual([second.id, first.id]);
    expect(index.equal('person', 'birthDate', first.birthDate)).toEqual([second.id, first.id]);
  });
});

/** The key rows of `all` as pages of 125, numbered by their first record as pulls number them. */
function keyRowsOf(all: readonly ClinicRecord[], from = 0): KeyRow[] {
  const rows: KeyRow[] = [];
  for (let start = 0; start < all.length; start += 125) {
    rows.push({ page: from + start, keys: pageKeysOf(all.slice(start, start + 125)) });
  }
  return rows;
}

/** Every answer an index gives about `all`: each kind's exact keys, name prefixes, places. */
function answersOf(index: PageIndex, all: readonly ClinicRecord[]) {
  const answers: unknown[] = [index.size];
  for (const kind of new Set(all.map((record) => record.kind))) {
    const names = Object.keys(pageKeysOf(all.filter((record) => record.kind === kind)).keys);
    for (const name of names) {
      for (const value of valuesOf(all, kind, name)) answers.push(index.equal(kind, name, value));
    }
  }
  for (const prefix of ['и', 'ивашкина', 'петрова', 'ли', '']) {
    answers.push(index.withPrefix('person', 'searchName', prefix, 30));
    answers.push(index.countWithPrefix('person', 'searchName', prefix));
  }
  for (const record of all) answers.push(index.locate(record.id));
  return answers;
}

function built(rows: readonly KeyRow[]): PageIndex {
  const index = new PageIndex();
  for (const { page, keys } of rows) index.add(page, keys);
  return index;
}

describe('the index stored beside the pages, read at start instead of sorted again', () => {
  const all = pageFixtureRecords(300);
  // Pulled again later: a third of the persons under another surname, on pages after the rest.
  const renamed = all
    .filter((record, at) => record.kind === 'person' && at % 3 === 0)
    .map((record) => ({ ...record, surname: 'Ли', version: 2 }));
  const rows = [...keyRowsOf(all), ...keyRowsOf(renamed, all.length)];
  const everything = [...all, ...renamed];
  const storedThrough = 625; // the pages of the first 750 records

  it('answers as the index built from every page, with pages stored after it on top', () => {
    const early = built(rows.filter((row) => row.page <= storedThrough));
    const restored = PageIndex.restore(rows, early.stored());
    expect(restored.restoredThrough).toBe(storedThrough);
    expect(answersOf(restored, everything)).toEqual(answersOf(built(rows), everything));
  });

  it('takes a page stored after it that holds a newer copy of a record it holds', () => {
    const early = built(rows.filter((row) => row.page <= storedThrough));
    const restored = PageIndex.restore(rows, early.stored());
    const person = renamed[0];
    expect(person).toBeDefined();
    expect(restored.locate(person?.id ?? '')).toMatchObject({ version: 2 });
    expect(restored.withPrefix('person', 'searchName', 'ли')).toContain(person?.id);
  });

  it('takes every page in when stored rows disagree on the pages they hold', () => {
    const early = built(rows.filter((row) => row.page <= storedThrough));
    const [first, ...rest] = early.stored();
    expect(first).toBeDefined();
    const mixed = [...rest, { ...(first ?? { index: '', entries: [] }), through: 125 }];
    const restored = PageIndex.restore(rows, mixed);
    expect(restored.restoredThrough).toBe(-Infinity);
    expect(answersOf(restored, everything)).toEqual(answersOf(built(rows), everything));
  });

  it('stores the keys of every page it took in, whether added or restored', () => {
    const early = built(rows.filter((row) => row.page <= storedThrough));
    expect(early.stored().map((row) => row.through)).toContain(storedThrough);
    const restored = PageIndex.restore(rows, early.stored());
    const last = Math.max(...rows.map((row) => row.page));
    expect(new Set(restored.stored().map((row) => row.through))).toEqual(new Set([last]));
    // Stored again and restored again: the same answers, no entry twice.
    const again = PageIndex.restore(rows, restored.stored());
    expect(answersOf(again, everything)).toEqual(answersOf(built(rows), everything));
  });

  it('takes every page in when a stored index is out of order', () => {
    const early = built(rows.filter((row) => row.page <= storedThrough));
    const stored = early.stored().map((row) => ({
      ...row,
      entries: row.index === 'person.searchName' ? [...row.entries].reverse() : row.entries,
    }));
    const restored = PageIndex.restore(rows, stored);
    expect(answersOf(restored, everything)).toEqual(answersOf(built(rows), everything));
  });
});
