import { randomBytes } from 'node:crypto';
import type { ClinicId, PersonId, StaffId } from '../src/core/ids';
import { newId } from '../src/core/ids';
import type { CalendarDate } from '../src/core/records/calendarDate';
import type { PersonRecord } from '../src/core/records/person';
import { clinicRecordSchema } from '../src/core/records/record';
import { demoPerson } from '../src/register/demo/demoPeople';
import { demoRandom } from '../src/register/demo/demoRandom';
import type { SeroDeskDatabase } from '../src/storage/database';
import { queueOffline } from './offlineQueue';

// The sync benchmarks' data: varied, realistic adults (the demo data's people: Russian
// names, valid SNILS and ОМС, Kamchatka passports and addresses; seed 42, so every run sends
// the same people), put on a tablet offline as the desk leaves them — each person's envelope
// "pending" and one queued op — with bulk writes, untimed, as the PouchDB harness seeds its
// tablet with bulkDocs. A record the schema refuses stops the benchmark.

const VISIT_DAY = '2026-11-20' as CalendarDate;

export function benchPersons(
  count: number,
  clinicId: string,
  createdBy: string,
  seed = 42,
): PersonRecord[] {
  const random = demoRandom(seed);
  const now = () => new Date();
  const bytes = (n: number) => new Uint8Array(randomBytes(n));
  const persons: PersonRecord[] = [];
  for (let i = 0; i < count; i++) {
    const { details } = demoPerson(random, VISIT_DAY, random.int(18, 85));
    const person = {
      kind: 'person',
      id: newId<PersonId>(now, bytes),
      clinicId: clinicId as ClinicId,
      createdBy: createdBy as StaffId,
      createdAt: now().toISOString(),
      version: 0,
      ...details,
    } satisfies PersonRecord;
    const parsed = clinicRecordSchema.safeParse(person);
    if (!parsed.success) throw new Error(`bench person ${i}: ${parsed.error.message}`);
    persons.push(person);
  }
  return persons;
}

/** Stores the persons as unsynced desk writes: envelopes "pending" and their ops queued. */
export function seedOffline(db: SeroDeskDatabase, persons: readonly PersonRecord[]): Promise<void> {
  return queueOffline(db, persons, (n) => new Uint8Array(randomBytes(n)));
}
