// Finding a person at the desk: the whole number of matches and the first few to show. The
// number is counted on the index (IDBIndex.count), never by loading every matching row, so
// "Иванова" among 50,000 stored persons costs one count and SEARCH_LIMIT reads.
import type { PersonRecord } from '../core/records/person';
import type { SeroDeskDatabase } from './database';
import { personSearchName, searchText } from './indexKeys';
import type { PersonQuery } from './personQuery';
import { parsePersonQuery } from './personQuery';
import type { StoredRecord } from './records';
import { recordsWhere, storedOfRows } from './records';

/** How many persons a search shows; the rest are counted, and the clerk refines the query. */
export const SEARCH_LIMIT = 30;

export type PersonSearchAnswer = {
  /** How many stored persons match the query: all of them, not only those shown. */
  readonly total: number;
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
    const named = born.filter(
      ({ record }) =>
        personSearchName(record).startsWith(byName.name) ||
        latinName(record).startsWith(byName.name),
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
  if (query.byName.kind !== 'prefix') return { total: exact.size, shown };

  // Every exact key needs a digit in the query and no stored name has one (names are
  // Cyrillic letters), so a query that finds anyone by key finds nobody by name prefix: the
  // two sets are added, never counted twice.
  const byPrefix = db.persons.where('searchName').startsWith(query.byName.name);
  const room = limit - shown.length;
  // The rows in one index request, in index (alphabetical) order: reading the keys and then
  // each row was 31 requests, each queued behind a download's page (issue #14).
  const rows = room > 0 ? await byPrefix.clone().limit(room).toArray() : [];
  for (const person of storedOfRows('person', rows)) {
    if (!exact.has(person.record.id)) shown.push(person);
  }
  // Counted after the rows are read: a download writing in between only adds persons, so the
  // count never falls below what is shown. Rows a schema check refuses are counted, not shown.
  const total = exact.size + (await byPrefix.count());
  return { total, shown };
}

/**
 * Persons matching what the clerk typed (see personQuery.ts for what a query can mean): how
 * many match in all, and the first `limit` of them. Empty query, nobody.
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
