import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { PersonId } from '../core/ids';
import type { CalendarDate } from '../core/records/calendarDate';
import { examplePerson } from '../core/records/examples';
import type { PersonRecord } from '../core/records/person';
import { openDatabase } from './database';
import type { SeroDeskDatabase } from './database';
import { indexKeys } from './indexKeys';
import type { PersonSearchAnswer } from './personSearch';
import { SEARCH_LIMIT, countPersonMatches, searchPersons } from './personSearch';
import { registrarWriting } from './pageFixture';
import { writeRecord } from './records';

function freshDatabase() {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

const registrar = registrarWriting();

function personNumber(n: number, overrides: Partial<PersonRecord>): PersonRecord {
  return examplePerson({
    id: `0193a0b0-0000-7000-8000-${n.toString(16).padStart(12, '0')}` as PersonId,
    document: { type: 'ru-passport', series: '4100', number: String(n).padStart(6, '0') },
    snils: undefined,
    phone: undefined,
    ...overrides,
  });
}

/** Stores persons as a download does (the envelope with its index keys), in one go. */
async function storeDownloaded(db: SeroDeskDatabase, persons: readonly PersonRecord[]) {
  await db.persons.bulkPut(
    persons.map((record) => ({
      id: record.id,
      record,
      sync: { state: 'synced' as const, version: 1 },
      ...indexKeys(record),
    })),
  );
}

const GIVEN = [
  ['Мария', 'MARIIA'],
  ['Анна', 'ANNA'],
  ['Елена', 'ELENA'],
  ['Ольга', 'OLGA'],
] as const;

/** 1,521 women named Иванова, born on days spread over 1950–1999, and 400 named Петрова. */
function crowd(): PersonRecord[] {
  const persons: PersonRecord[] = [];
  for (let n = 0; n < 1921; n += 1) {
    const [givenName, givenNameLatin] = GIVEN[n % GIVEN.length] ?? GIVEN[0];
    const ivanova = n < 1521;
    const day = String((n % 28) + 1).padStart(2, '0');
    const month = String((Math.floor(n / 28) % 12) + 1).padStart(2, '0');
    persons.push(
      personNumber(n + 1, {
        surname: ivanova ? 'Иванова' : 'Петрова',
        surnameLatin: ivanova ? 'IVANOVA' : 'PETROVA',
        givenName,
        givenNameLatin,
        patronymic: undefined,
        sex: 'female',
        birthDate: `${1950 + (n % 50)}-${month}-${day}` as CalendarDate,
      }),
    );
  }
  return persons;
}

const MARIA = personNumber(5000, {
  surname: 'Иванова',
  surnameLatin: 'IVANOVA',
  givenName: 'Мария',
  givenNameLatin: 'MARIIA',
  patronymic: 'Петровна',
  sex: 'female',
  birthDate: '1985-03-12' as CalendarDate,
});
const PETR = personNumber(5001, {
  surname: 'Иванов',
  surnameLatin: 'IVANOV',
  givenName: 'Пётр',
  givenNameLatin: 'PETR',
  patronymic: undefined,
  birthDate: '1985-03-12' as CalendarDate,
});
const ANNA = personNumber(5002, {
  surname: 'Иванова',
  surnameLatin: 'IVANOVA',
  givenName: 'Анна',
  givenNameLatin: 'ANNA',
  patronymic: undefined,
  sex: 'female',
  birthDate: '1985-03-13' as CalendarDate,
});

const ids = (answer: PersonSearchAnswer) => answer.shown.map((p) => p.record.id);

describe('counting everyone a search matches, showing the first few', () => {
  it('shows the first 30 Ивановы at once and counts all 1,521 apart', async () => {
    const db = freshDatabase();
    await storeDownloaded(db, crowd());
    const answer = await searchPersons(db, 'Иванова');
    expect(answer.shown).toHaveLength(SEARCH_LIMIT);
    expect(answer.shown.every((p) => p.record.surname === 'Иванова')).toBe(true);
    // More match than are shown: the rows do not say how many, the count does.
    expect(answer.total).toBeUndefined();
    expect(await countPersonMatches(db, 'Иванова')).toBe(1521);
    expect(await countPersonMatches(db, 'Петр')).toBe(400);
    expect(await countPersonMatches(db, 'и')).toBe(1521);
  });

  it('reads no more person rows than it shows, and counts on the index without reading any', async () => {
    const db = freshDatabase();
    await storeDownloaded(db, crowd());
    let rowsRead = 0;
    db.persons.hook('reading', (row) => {
      rowsRead += 1;
      return row;
    });
    await searchPersons(db, 'Иванова');
    expect(rowsRead).toBe(SEARCH_LIMIT);
    expect(await countPersonMatches(db, 'Иванова')).toBe(1521);
    expect(rowsRead).toBe(SEARCH_LIMIT);
  });

  it('shows everyone and counts them itself when they fit under the limit', async () => {
    const db = freshDatabase();
    await storeDownloaded(db, [MARIA, PETR, ANNA]);
    const answer = await searchPersons(db, 'иванов');
    expect(answer.total).toBe(3);
    expect(ids(answer).sort()).toEqual([MARIA.id, PETR.id, ANNA.id].sort());
    expect(await countPersonMatches(db, 'иванов')).toBe(3);
  });

  it('leaves the number to the count when exactly as many match as are shown', async () => {
    const db = freshDatabase();
    await storeDownloaded(db, [MARIA, PETR, ANNA]);
    // Three rows with room for three: a fourth may exist, so the search does not claim 3.
    expect((await searchPersons(db, 'иванов', 3)).total).toBeUndefined();
    expect((await searchPersons(db, 'иванов', 4)).total).toBe(3);
  });

  it('answers nobody, zero, for a query that matches no one', async () => {
    const db = freshDatabase();
    await storeDownloaded(db, crowd());
    expect(await searchPersons(db, 'Сидорова')).toEqual({ total: 0, shown: [] });
    expect(await searchPersons(db, '   ')).toEqual({ total: 0, shown: [] });
    expect(await countPersonMatches(db, 'Сидорова')).toBe(0);
    expect(await countPersonMatches(db, '   ')).toBe(0);
  });
});

describe('a surname with a date of birth in one query', () => {
  async function withCrowdAndMaria() {
    const db = freshDatabase();
    await storeDownloaded(db, [...crowd(), MARIA, PETR, ANNA]);
    return db;
  }

  it('finds only the Иванова born that day, in either date form and order', async () => {
    const db = await withCrowdAndMaria();
    for (const query of ['Иванова 12.03.1985', 'иванова 1985-03-12', '12.03.1985 Иванова']) {
      const answer = await searchPersons(db, query);
      expect({ query, total: answer.total, ids: ids(answer) }).toEqual({
        query,
        total: 1,
        ids: [MARIA.id],
      });
    }
  });

  it('narrows by the given name too, and a shorter prefix takes everyone born that day', async () => {
    const db = await withCrowdAndMaria();
    expect(ids(await searchPersons(db, 'Иванова Ма 12.03.1985'))).toEqual([MARIA.id]);
    expect(ids(await searchPersons(db, 'Иванова Ан 12.03.1985'))).toEqual([]);
    expect(ids(await searchPersons(db, 'Иван 12.03.1985'))).toEqual([PETR.id, MARIA.id]);
  });

  it('finds her by the surname and initials, alone or beside the date, and counts exactly', async () => {
    const db = await withCrowdAndMaria();
    for (const query of ['Иванова М. П.', 'Иванова М.П.', 'иванова м п', 'Иванова Мария П.']) {
      const answer = await searchPersons(db, query);
      expect({ query, total: answer.total, ids: ids(answer) }).toEqual({
        query,
        total: 1,
        ids: [MARIA.id],
      });
      expect(await countPersonMatches(db, query)).toBe(1);
    }
    expect(ids(await searchPersons(db, 'Иванова М. П. 12.03.1985'))).toEqual([MARIA.id]);
    expect(ids(await searchPersons(db, 'Иванова М. 12.03.1985'))).toEqual([MARIA.id]);
    // While the date is half typed, the initials alone.
    expect(await countPersonMatches(db, 'Иванова М. П. 12.0')).toBe(1);
    expect(await searchPersons(db, 'Иванова М. А.')).toEqual({ total: 0, shown: [] });
    // «Иванов» is a surname of its own: Пётр Иванов is not an Иванова.
    expect(ids(await searchPersons(db, 'Иванов П.'))).toEqual([PETR.id]);
    // Every Анна Иванова of the crowd and Анна herself: counted whole, the first 30 shown.
    const annas = await searchPersons(db, 'Иванова А.');
    expect(annas.shown).toHaveLength(SEARCH_LIMIT);
    expect(annas.shown.every((p) => p.record.givenName === 'Анна')).toBe(true);
    const crowdAnnas = crowd().filter((p) => p.surname === 'Иванова' && p.givenName === 'Анна');
    expect(annas.total).toBe(crowdAnnas.length + 1);
    expect(await countPersonMatches(db, 'Иванова А.')).toBe(annas.total);
  });

  it('matches the passport’s Latin name beside a date', async () => {
    const db = await withCrowdAndMaria();
    expect(ids(await searchPersons(db, 'ivanova 1985-03-12'))).toEqual([MARIA.id]);
    expect(ids(await searchPersons(db, 'IVANOV 12.03.1985'))).toEqual([PETR.id, MARIA.id]);
  });

  it('keeps every Иванова while the date is half typed, and nobody for a day that does not exist', async () => {
    const db = await withCrowdAndMaria();
    expect((await searchPersons(db, 'Иванова 12.03.19')).shown).toHaveLength(SEARCH_LIMIT);
    expect(await countPersonMatches(db, 'Иванова 12.03.19')).toBe(1523);
    expect(await searchPersons(db, 'Иванова 31.02.1985')).toEqual({ total: 0, shown: [] });
  });

  it('reads the persons born that day, not every Иванова', async () => {
    const db = await withCrowdAndMaria();
    let rowsRead = 0;
    db.persons.hook('reading', (row) => {
      rowsRead += 1;
      return row;
    });
    await searchPersons(db, 'Иванова 12.03.1985');
    expect(rowsRead).toBeLessThanOrEqual(5);
  });
});

describe('finding a person by what they have in hand', () => {
  const other = examplePerson({
    id: '0193a0b0-0000-7000-8000-0000000000ff' as PersonId,
    surname: 'Иванова',
    givenName: 'Мария',
    patronymic: undefined,
    surnameLatin: 'IVANOVA',
    givenNameLatin: 'MARIIA',
    birthDate: '1990-01-02' as CalendarDate,
    document: { type: 'foreign-passport', series: '75', number: '1234567' },
    snils: undefined,
    phone: '+74152123456',
  });

  async function withTwoPeople() {
    const db = freshDatabase();
    expect((await writeRecord(db, examplePerson(), registrar)).ok).toBe(true);
    expect((await writeRecord(db, other, registrar)).ok).toBe(true);
    return db;
  }

  it('finds by a surname prefix typed in any case, with ё read as е', async () => {
    const db = await withTwoPeople();
    expect(ids(await searchPersons(db, 'щЕрБа'))).toEqual([examplePerson().id]);
    expect(ids(await searchPersons(db, 'иванова ма'))).toEqual([other.id]);
    expect(ids(await searchPersons(db, 'петров'))).toEqual([]);
  });

  it('finds by SNILS in its printed form, by phone as typed and by birth date in Russian form', async () => {
    const db = await withTwoPeople();
    expect(ids(await searchPersons(db, '112-233-445 95'))).toEqual([examplePerson().id]);
    expect(ids(await searchPersons(db, '8 (4152) 12-34-56'))).toEqual([other.id]);
    expect(ids(await searchPersons(db, '31.08.1985'))).toEqual([examplePerson().id]);
  });

  it('finds by the series and number of a Russian or foreign passport, and counts them', async () => {
    const db = await withTwoPeople();
    expect(await searchPersons(db, '30 05 123456')).toMatchObject({ total: 1 });
    expect(await countPersonMatches(db, '30 05 123456')).toBe(1);
    expect(ids(await searchPersons(db, '30 05 123456'))).toEqual([examplePerson().id]);
    expect(ids(await searchPersons(db, '75 1234567'))).toEqual([other.id]);
  });
});
