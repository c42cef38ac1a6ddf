// The desk's live queries: what the screens read. Each is a plain async function of the
// desk's environment; the view wraps it in its live-query hook, which re-runs it whenever
// a table it read changes (this screen, another tab, the sync engine).
import type { CalendarDate } from '../core/records/calendarDate';
import type { DeskCase, CertificateSheet } from '../storage/deskQueries';
import {
  applicationsOfPerson,
  casesOfDay,
  loadCase,
  loadCertificateSheet,
  searchPersons as searchStoredPersons,
} from '../storage/deskQueries';
import type { StoredRecord } from '../storage/records';
import { readRecord } from '../storage/records';
import type { DeskEnv } from './env';

export type { CertificateSheet, CertificateStanding } from '../storage/deskQueries';
export { parseSearchDate, SEARCH_LIMIT, standingOf } from '../storage/deskQueries';
export type { RecordSync, SyncState } from '../storage/database';
export type { StoredRecord } from '../storage/records';

/** One statement (application) and every record that hangs off it, oldest first per kind. */
export type DeskStatement = DeskCase;

type Reader = Pick<DeskEnv, 'db'>;

export function loadStatement(
  env: Reader,
  applicationId: string,
): Promise<DeskStatement | undefined> {
  return loadCase(env.db, applicationId);
}

/** The journal: the statements made on one clinic day, newest first. */
export function statementsOfDay(env: Reader, day: CalendarDate): Promise<DeskStatement[]> {
  return casesOfDay(env.db, day);
}

/** Persons matching what the clerk typed (surname, SNILS, phone, birth date, document). */
export function searchPersons(env: Reader, query: string): Promise<StoredRecord<'person'>[]> {
  return searchStoredPersons(env.db, query);
}

export function readPerson(
  env: Reader,
  personId: string,
): Promise<StoredRecord<'person'> | undefined> {
  return readRecord(env.db, 'person', personId);
}

/** A person's card: the person and their statements, newest first. */
export async function loadPersonFile(
  env: Reader,
  personId: string,
): Promise<{
  readonly person: StoredRecord<'person'> | undefined;
  readonly statements: readonly DeskStatement[];
}> {
  const person = await readRecord(env.db, 'person', personId);
  const applications = await applicationsOfPerson(env.db, personId);
  const statements = await Promise.all(applications.map((a) => loadCase(env.db, a.record.id)));
  return { person, statements: statements.filter((s) => s !== undefined) };
}

export function loadCertificate(
  env: Reader,
  certificateId: string,
): Promise<CertificateSheet | undefined> {
  return loadCertificateSheet(env.db, certificateId);
}
