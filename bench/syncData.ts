import { randomBytes } from 'node:crypto';
import type { ClinicId, OpId, PersonId, StaffId } from '../src/core/ids';
import { newId } from '../src/core/ids';
import type { PushOp } from '../src/core/protocol/sync';
import type { CalendarDate } from '../src/core/records/calendarDate';
import type { PersonRecord } from '../src/core/records/person';
import { clinicRecordSchema } from '../src/core/records/record';
import { demoPerson } from '../src/register/demo/demoPeople';
import { demoRandom } from '../src/register/demo/demoRandom';
import type { SeroDeskDatabase } from '../src/storage/database';
import { loadTabletIdentity, loadTabletToken } from '../src/storage/tablet';
import type { SyncCredentials } from '../src/sync/syncCalls';
import { makeTablet } from '../tests/support/tablets';
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

/** New persons as the app pushes them: an op each, from no version (baseVersion 0). */
export function newPersonOps(persons: readonly PersonRecord[]): PushOp[] {
  const bytes = (n: number) => new Uint8Array(randomBytes(n));
  return persons.map((record) => ({
    opId: newId<OpId>(() => new Date(), bytes),
    kind: record.kind,
    baseVersion: 0,
    record,
  }));
}

/** A tablet that sends pushes of its own making: enrolled for real, its database then closed. */
export type BenchPusher = { readonly credentials: SyncCredentials; readonly clinicId: string };

/** Enrols a tablet at `url` with a staff member's token (ingest.ts, registerWarmup.ts, webData.ts). */
export async function enrolPusher(
  url: string,
  name: string,
  staffToken: string,
): Promise<BenchPusher> {
  const tablet = await makeTablet({ url, name, staffToken });
  const identity = await loadTabletIdentity(tablet.db);
  const token = await loadTabletToken(tablet.db);
  tablet.db.close();
  if (identity === undefined || token === undefined) throw new Error(`${name}: not enrolled`);
  return { credentials: { tabletId: identity.tabletId, token }, clinicId: tablet.clinicId };
}
