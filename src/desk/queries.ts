// The desk's live queries: what the screens read. Each is a plain async function of the
// desk's environment; the view wraps it in its live-query hook, which re-runs it whenever
// a table it read changes (this screen, another tab, the sync engine). Each also goes before
// a download's next slice (storage/deskFirst.ts): a person's card reads the person, their
// statements and every record of each, one read after another, and during a first download
// each read would otherwise queue behind a slice being stored while the citizen waits.
import type { CalendarDate } from '../core/records/calendarDate';
import type { DeskStatement, CertificateSheet } from '../storage/deskQueries';
import {
  applicationsOfPerson,
  storedStatementsOfDay,
  loadDeskStatement,
  loadCertificateSheet,
} from '../storage/deskQueries';
import type { PersonSearchAnswer } from '../storage/personSearch';
import { asDeskRead } from '../storage/deskFirst';
import {
  countPersonMatches as countStoredMatches,
  searchPersons as searchStoredPersons,
} from '../storage/personSearch';
import type { StoredRecord } from '../storage/records';
import { personScope, readRecord } from '../storage/records';
import type { DeskEnv } from './env';

export type { CertificateSheet, CertificateStanding } from '../storage/deskQueries';
export { standingOf } from '../storage/deskQueries';
export { impossibleDateIn, latinNameAlone, parseSearchDate } from '../storage/personQuery';
export type { PersonSearchAnswer } from '../storage/personSearch';
export { SEARCH_LIMIT } from '../storage/personSearch';
export type { RecordSync, SyncState } from '../storage/database';
export type { StoredRecord } from '../storage/records';

/** One statement (application) and every record that hangs off it, oldest first per kind. */
export type { DeskStatement } from '../storage/deskQueries';

type Reader = Pick<DeskEnv, 'db'>;

export function loadStatement(
  env: Reader,
  applicationId: string,
): Promise<DeskStatement | undefined> {
  return asDeskRead(env.db, () => loadDeskStatement(env.db, applicationId));
}

/** The journal: the statements made on one clinic day, newest first. */
export function statementsOfDay(env: Reader, day: CalendarDate): Promise<DeskStatement[]> {
  return asDeskRead(env.db, () => storedStatementsOfDay(env.db, day));
}

/**
 * Persons matching what the clerk typed (surname prefix, alone or with a date of birth; SNILS,
 * phone, date of birth, document): the first SEARCH_LIMIT, and how many match in all when
 * those tell it; when more match than are shown, countPersonMatches says how many.
 */
export function searchPersons(env: Reader, query: string): Promise<PersonSearchAnswer> {
  // One read transaction for the whole search (issue #14): left to itself each read is a
  // transaction of its own — a surname prefix took 32 (the keys, 30 rows one by one, the
  // count), each a round trip to the browser's IndexedDB, and during a download each queued
  // behind the page being stored. The scope is an async function on purpose: Dexie follows
  // the transaction through native awaits only then. A download in progress lets it go first
  // (storage/deskFirst.ts).
  return asDeskRead(env.db, () =>
    env.db.transaction('r', personScope(env.db), async () => searchStoredPersons(env.db, query)),
  );
}

/**
 * How many persons match what the clerk typed, all of them: asked after searchPersons when it
 * shows the first SEARCH_LIMIT of more, so the list never waits for the number (the count
 * costs ten times the rows on a tablet's disk, issue #14).
 */
export function countPersonMatches(env: Reader, query: string): Promise<number> {
  return asDeskRead(env.db, () =>
    env.db.transaction('r', personScope(env.db), async () => countStoredMatches(env.db, query)),
  );
}

export function readPerson(
  env: Reader,
  personId: string,
): Promise<StoredRecord<'person'> | undefined> {
  return asDeskRead(env.db, () => readRecord(env.db, 'person', personId));
}

/** A person's card: the person and their statements, newest first. */
export function loadPersonFile(
  env: Reader,
  personId: string,
): Promise<{
  readonly person: StoredRecord<'person'> | undefined;
  readonly statements: readonly DeskStatement[];
}> {
  return asDeskRead(env.db, async () => {
    const person = await readRecord(env.db, 'person', personId);
    const applications = await applicationsOfPerson(env.db, personId);
    const statements = await Promise.all(
      applications.map((a) => loadDeskStatement(env.db, a.record.id)),
    );
    return { person, statements: statements.filter((s) => s !== undefined) };
  });
}

export function loadCertificate(
  env: Reader,
  certificateId: string,
): Promise<CertificateSheet | undefined> {
  return asDeskRead(env.db, () => loadCertificateSheet(env.db, certificateId));
}
