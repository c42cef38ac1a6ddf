// Finding a person at the desk: the first few matches to show, and the whole number of them.
// The rows come first and the number, when the rows cannot tell it, is a query of its own
// (countPersonMatches): counted on the index (IDBIndex.count), never by loading every
// matching row, so "Иванова" among 50,000 stored persons costs SEARCH_LIMIT reads, then one
// count. Why apart: on a tablet's disk Chromium counts an index range at about 9 µs a match
// (3,381 persons for «бел»: 30 ms) where the 30 rows take about 1 ms, and the clerk is
// looking for a person, not for the number (issue #14).
//
// Persons a first download stored by the page are found in the app's own index of their
// keys (pagedRecords.ts) and joined with the table's in the index's order; those the table
// also holds (edited since) are the table's.
import type { PersonRecord } from '../core/records/person';
import type { SeroDeskDatabase } from './database';
import { personSearchName, searchText } from './indexKeys';
import type { Initials, PersonQuery } from './personQuery';
import { initialsIn, matchesInitials, parsePersonQuery } from './personQuery';
import type { StoredRecord } from './records';
import { recordsWhere, storedOfRows } from './records';
import { pagedPairsWithPrefix, pagedWithPrefix, rowsOf } from './pagedRecords';
import { settledRows } from './settledSync';
import type { KeyedId } from './sortedEntries';
import { codeUnitOrder } from './sortedEntries';

/** How many persons a search shows; the rest are counted, and the clerk refines the query. */
export const SEARCH_LIMIT = 30;

export type PersonSearchAnswer = {
  /**
   * How many stored persons match the query, all of them and not only those shown, when the
   * rows read tell it (fewer matched than the limit). `undefined` when more may match than were
   * read: countPersonMatches says how many.
   */
  readonly total: number | undefined;
  /** The first of them (at most the limit): exact-key matches first, then by name. */
  readonly shown: readonly StoredRecord<'person'>[];
};

const NOBODY: PersonSearchAnswer = { total: 0, shown: [] };

/** The name as printed in the passport: "ivanova mariia". Not indexed; used beside a date. */
function latinName(person: PersonRecord): string {
  return searchText(`${person.surnameLatin} ${person.givenNameLatin}`);
}

function compareNames(a: StoredRecord<'person'>, b: StoredRecord<'person'>): number {
  const x = personSearchName(a.record);
  const y = personSearchName(b.record);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The persons one query's exact keys find (SNILS, phone, date of birth, document), and for a
 * name typed with a date of birth, those born that day whose name starts so. The date index
 * comes first because a day of birth is far more selective than a surname prefix: a handful
 * of persons among 50,000, filtered by name in memory.
 */
async function exactMatches(
  db: SeroDeskDatabase,
  query: PersonQuery,
): Promise<Map<string, StoredRecord<'person'>>> {
  const found = new Map<string, StoredRecord<'person'>>();
  for (const lookup of query.lookups) {
    for (const person of await recordsWhere(db, 'person', lookup.index, lookup.value)) {
      found.set(person.record.id, person);
    }
  }
  const { byName } = query;
  if (byName.kind === 'prefix-born') {
    const born = await recordsWhere(db, 'person', 'birthDate', byName.birthDate);
    const initials = initialsIn(byName.name);
    const named = born.filter(({ record }) =>
      initials === undefined
        ? personSearchName(record).startsWith(byName.name) ||
          latinName(record).startsWith(byName.name)
        : matchesInitials(personSearchName(record), initials),
    );
    for (const person of named.sort(compareNames)) found.set(person.record.id, person);
  }
  return found;
}

async function search(
  db: SeroDeskDatabase,
  query: PersonQuery,
  limit: number,
): Promise<PersonSearchAnswer> {
  const exact = await exactMatches(db, query);
  const shown = [...exact.values()].slice(0, limit);
  if (query.byName.kind === 'initials') {
    // Every match is known from the index keys, so the number comes with the rows.
    const matched = await initialsMatches(db, query.byName.initials);
    const room = Math.max(0, limit - shown.length);
    const rows = await rowsOf(db, 'person', matched.slice(0, room));
    shown.push(...storedOfRows('person', await settledRows(db, rows)));
    return { total: exact.size + matched.length, shown };
  }
  if (query.byName.kind !== 'prefix') return { total: exact.size, shown };

  // Every exact key needs a digit in the query and no stored name has one (names are
  // Cyrillic letters), so a query that finds anyone by key finds nobody by name prefix: the
  // two sets are added, never counted twice.
  const room = limit - shown.length;
  if (room <= 0) return { total: undefined, shown };
  // The rows in one index request, in index (alphabetical) order: reading the keys and then
  // each row was 31 requests, each queued behind a download's page (issue #14).
  const stored = await prefixMatches(db, query.byName.name).limit(room).toArray();
  // Persons a first download stored by the page, from the app's own index (pagedRecords.ts),
  // joined in index order: by key, then id, as the table's index orders its own.
  const paged = await pagedWithPrefix(db, 'person', 'searchName', query.byName.name, room);
  const rows = [...stored.map((row) => ({ key: String(row.searchName), row })), ...paged]
    .map(({ key, row }) => ({ key, id: row.id, row }))
    .sort(pairOrder)
    .map(({ row }) => row);
  for (const person of storedOfRows('person', await settledRows(db, rows.slice(0, room)))) {
    if (!exact.has(person.record.id)) shown.push(person);
  }
  // Fewer rows than there was room for are every match there is (rows a schema check refuses
  // are counted, not shown); as many leave the count to countPersonMatches.
  return { total: rows.length < room ? exact.size + rows.length : undefined, shown };
}

function prefixMatches(db: SeroDeskDatabase, name: string) {
  return db.persons.where('searchName').startsWith(name);
}

/**
 * The ids of the persons who answer to a surname and initials, in index order. The surname
 * and the given name's first letters are a prefix of the index key ("иванова м" of "иванова
 * мария петровна"), so only those keys are read, without their rows, and the patronymic's
 * letters matched in memory: the rows read are only those shown.
 */
async function initialsMatches(db: SeroDeskDatabase, initials: Initials): Promise<string[]> {
  const pairs: KeyedId[] = [];
  const [given = ''] = initials.parts;
  const prefix = `${initials.surname} ${given}`;
  await prefixMatches(db, prefix).eachKey((key, cursor) => {
    if (typeof key === 'string' && matchesInitials(key, initials)) {
      pairs.push({ key, id: cursor.primaryKey });
    }
  });
  const paged = await pagedPairsWithPrefix(db, 'person', 'searchName', prefix);
  if (paged.length === 0) return pairs.map((pair) => pair.id);
  const named = paged.filter((pair) => matchesInitials(pair.key, initials));
  return [...pairs, ...named].sort(pairOrder).map((pair) => pair.id);
}

/** IndexedDB's order of an index: by key, then by id, both by UTF-16 code unit. */
function pairOrder(a: KeyedId, b: KeyedId): number {
  return codeUnitOrder(a.key, b.key) || codeUnitOrder(a.id, b.id);
}

/**
 * Persons matching what the clerk typed (see personQuery.ts for what a query can mean): the
 * first `limit` of them, and how many match in all when those tell it. Empty query, nobody.
 */
export async function searchPersons(
  db: SeroDeskDatabase,
  query: string,
  limit: number = SEARCH_LIMIT,
): Promise<PersonSearchAnswer> {
  const parsed = parsePersonQuery(query);
  if (parsed === undefined) return NOBODY;
  return search(db, parsed, limit);
}

/**
 * How many stored persons match what the clerk typed, all of them: the number a search
 * answer leaves `undefined` when more match than it shows. Empty query, none.
 */
export async function countPersonMatches(db: SeroDeskDatabase, query: string): Promise<number> {
  const parsed = parsePersonQuery(query);
  if (parsed === undefined) return 0;
  const exact = await exactMatches(db, parsed);
  if (parsed.byName.kind === 'initials') {
    return exact.size + (await initialsMatches(db, parsed.byName.initials)).length;
  }
  if (parsed.byName.kind !== 'prefix') return exact.size;
  const stored = await prefixMatches(db, parsed.byName.name).count();
  const paged = await pagedPairsWithPrefix(db, 'person', 'searchName', parsed.byName.name);
  return exact.size + stored + paged.length;
}
