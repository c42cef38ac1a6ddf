// Registering a citizen and correcting their details. A correction keeps the record's
// identity (id, author, creation time, base version) and drops optional fields the clerk
// cleared; the possible duplicates are looked up before a new person is written.
import type { PersonId } from '../core/ids';
import { newId } from '../core/ids';
import type { DuplicateMatch } from '../core/person/duplicates';
import { findDuplicates } from '../core/person/duplicates';
import type { PersonDetails } from '../core/person/person';
import type { PersonRecord } from '../core/records/person';
import type { Result } from '../core/result';
import { duplicateCandidates } from '../storage/deskQueries';
import { documentKey } from '../storage/indexKeys';
import { writeRecord } from '../storage/records';
import type { DeskEnv } from './env';
import type { WriteFailure } from './writeFailure';

/** Persons already stored who may be this one (same SNILS, document or name and birth). */
export async function possibleDuplicates(
  env: Pick<DeskEnv, 'db'>,
  details: PersonDetails,
  existingId?: PersonId,
): Promise<DuplicateMatch[]> {
  const candidates = await duplicateCandidates(env.db, {
    ...(details.snils === undefined ? {} : { snils: details.snils }),
    documentKey: documentKey(
      details.document.type,
      details.document.series,
      details.document.number,
    ),
    birthDate: details.birthDate,
  });
  return findDuplicates(
    details,
    candidates.map((c) => c.record),
    existingId,
  );
}

export function registerPerson(
  env: Pick<DeskEnv, 'db' | 'write' | 'now' | 'random' | 'recordBase'>,
  details: PersonDetails,
): Promise<Result<PersonRecord, WriteFailure>> {
  const record: PersonRecord = {
    ...env.recordBase(),
    kind: 'person',
    id: newId<PersonId>(env.now, env.random),
    ...details,
  };
  return writeRecord(env.db, record, env.write);
}

export function correctPerson(
  env: Pick<DeskEnv, 'db' | 'write'>,
  existing: PersonRecord,
  details: PersonDetails,
): Promise<Result<PersonRecord, WriteFailure>> {
  const record: PersonRecord = {
    kind: 'person',
    id: existing.id,
    clinicId: existing.clinicId,
    createdBy: existing.createdBy,
    createdAt: existing.createdAt,
    version: existing.version,
    ...details,
  };
  return writeRecord(env.db, record, env.write);
}
