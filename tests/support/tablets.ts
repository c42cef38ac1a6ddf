import { randomBytes } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { ClinicId, StaffId } from '../../src/core/ids';
import { newId } from '../../src/core/ids';
import { signInResponseSchema } from '../../src/core/protocol/session';
import type { StaffRole } from '../../src/core/protocol/session';
import { examplePerson } from '../../src/core/records/examples';
import type { PersonRecord } from '../../src/core/records/person';
import type { ClinicRecord } from '../../src/core/records/record';
import type { Result } from '../../src/core/result';
import { fail } from '../../src/core/result';
import { hashPassword } from '../../src/register/auth/password';
import type { RegisterDb } from '../../src/register/db/connect';
import { newId as registerId } from '../../src/register/ids';
import { DEMO_CLINIC_SETTINGS } from '../../src/register/seed';
import type { SeroDeskDatabase } from '../../src/storage/database';
import { openDatabase } from '../../src/storage/database';
import { recordScope } from '../../src/storage/recordTables';
import { allPagedRows } from '../../src/storage/pagedRecords';
import { settledRows } from '../../src/storage/settledSync';
import type { WriteFailure } from '../../src/storage/records';
import { writeRecord } from '../../src/storage/records';
import { enrolTablet } from '../../src/sync/enrol';
import type { SyncEngine } from '../../src/sync/engine';
import { createSyncEngine } from '../../src/sync/engine';
import type { RunSizes } from '../../src/sync/syncRun';
import type { Transport } from '../../src/sync/transport';
import { createFetchTransport } from '../../src/sync/transport';

// Simulated tablets for the sync suites: the app's own storage, enrolment and sync engine in
// Node, each tablet with its own fake IndexedDB, clock and network. The network can be cut,
// can lose answers after the register has acted on the request, and counts requests.

export type TestNetwork = {
  readonly transport: Transport;
  /** Requests that reached the register, by path, and their bodies. */
  readonly requests: string[];
  readonly bodies: unknown[];
  /** The most requests that were out at once. */
  mostAtOnce: number;
  /** Point at a register again after a restart (it listens on a new port). */
  pointTo(url: string): void;
  /** The next `count` requests reach the register, but their answers are lost. */
  loseAnswers(count: number): void;
  /** The next request to `path` reaches the register, but its answer is lost. */
  loseAnswerTo(path: string): void;
  offline: boolean;
  /** Runs before each request is sent, with how many were sent before it. */
  beforeRequest: ((sent: number) => Promise<void>) | null;
};

export function testNetwork(url: string): TestNetwork {
  let inner = createFetchTransport({ baseUrl: url });
  let toLose = 0;
  let lostPath: string | null = null;
  let out = 0;
  const network: TestNetwork = {
    requests: [],
    bodies: [],
    mostAtOnce: 0,
    offline: false,
    beforeRequest: null,
    pointTo(next) {
      inner = createFetchTransport({ baseUrl: next });
    },
    loseAnswers(count) {
      toLose = count;
    },
    loseAnswerTo(path) {
      lostPath = path;
    },
    async transport(request) {
      if (network.offline) return fail('offline');
      out += 1;
      network.mostAtOnce = Math.max(network.mostAtOnce, out);
      const answer = await (async () => {
        if (network.beforeRequest !== null) await network.beforeRequest(network.requests.length);
        network.requests.push(request.path);
        network.bodies.push(request.body);
        return inner(request);
      })().finally(() => {
        out -= 1;
      });
      if (toLose > 0) {
        toLose -= 1;
        return fail('network', 'answer lost on the way back (test)');
      }
      if (lostPath === request.path) {
        lostPath = null;
        return fail('network', 'answer lost on the way back (test)');
      }
      return answer;
    },
  };
  return network;
}

export type SimTablet = {
  readonly name: string;
  readonly db: SeroDeskDatabase;
  readonly engine: SyncEngine;
  readonly network: TestNetwork;
  readonly tabletId: string;
  readonly clinicId: ClinicId;
  readonly now: () => Date;
  write<R extends ClinicRecord>(record: R, role: StaffRole): Promise<Result<R, WriteFailure>>;
};

const random = (bytes: number) => new Uint8Array(randomBytes(bytes));

/** The tablet never fires its own timer in tests: runs are started by hand. */
const manualTimers = { set: () => null, clear: () => undefined };

export async function signInStaff(url: string, login: string, password: string) {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  return signInResponseSchema.parse(await response.json());
}

export async function makeTablet(options: {
  readonly url: string;
  readonly name: string;
  readonly staffToken: string;
  readonly clockOffsetMs?: number;
  readonly sizes?: RunSizes;
}): Promise<SimTablet> {
  const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }, `tablet-${options.name}`);
  const network = testNetwork(options.url);
  const offset = options.clockOffsetMs ?? 0;
  const now = () => new Date(Date.now() + offset);
  const enrolled = await enrolTablet(db, network.transport, globalThis.crypto.subtle, {
    name: options.name,
    staffToken: options.staffToken,
  });
  if (!enrolled.ok)
    throw new Error(`enrolment failed: ${enrolled.reason} ${enrolled.detail ?? ''}`);
  network.requests.length = 0;
  network.bodies.length = 0;
  const engine = createSyncEngine({
    db,
    transport: network.transport,
    now,
    random: Math.random,
    timers: manualTimers,
    ...(options.sizes === undefined ? {} : { sizes: options.sizes }),
  });
  return {
    name: options.name,
    db,
    engine,
    network,
    tabletId: enrolled.value.tablet.id,
    clinicId: enrolled.value.clinic.id,
    now,
    write: (record, role) => writeRecord(db, record, { role, now, random }),
  };
}

/** A new person of the tablet's clinic, written by `createdBy`. */
export function newPerson(
  tablet: Pick<SimTablet, 'clinicId' | 'now'>,
  createdBy: string,
  overrides: Partial<PersonRecord> = {},
): PersonRecord {
  return examplePerson({
    id: newId(tablet.now, random),
    clinicId: tablet.clinicId,
    createdBy: createdBy as StaffId,
    createdAt: tablet.now().toISOString(),
    ...overrides,
  });
}

/**
 * `count` new persons written at the tablet's desk in one IndexedDB transaction, as a fast
 * typist's day would be; their ids in the order written.
 */
export async function writePersons(
  tablet: SimTablet,
  createdBy: string,
  count: number,
): Promise<string[]> {
  const ids: string[] = [];
  const { db } = tablet;
  await db.transaction('rw', [db.outbox, ...recordScope(db)], async () => {
    for (let i = 0; i < count; i++) {
      const written = await tablet.write(newPerson(tablet, createdBy), 'registrar');
      if (!written.ok) throw new Error(written.reason);
      ids.push(written.value.id);
    }
  });
  return ids;
}

/** A second clinic with a registrar, straight into the register's tables (no seed API yet). */
export async function addClinic(
  db: RegisterDb,
  code: string,
  registrar: { login: string; password: string },
): Promise<{ clinicId: string; registrarId: string }> {
  const now = () => new Date();
  const clinicId = registerId(now, random);
  const registrarId = registerId(now, random);
  const at = now().toISOString();
  await db.kysely
    .insertInto('clinic')
    .values({
      id: clinicId,
      code,
      name_ru: `Клиника ${code}`,
      name_en: `Clinic ${code}`,
      address: 'Камчатский край',
      issuer_url: null,
      settings: JSON.stringify(DEMO_CLINIC_SETTINGS),
      created_at: at,
    })
    .execute();
  await db.kysely
    .insertInto('staff')
    .values({
      id: registrarId,
      clinic_id: clinicId,
      login: registrar.login,
      display_name: 'Регистратор второй клиники',
      role: 'registrar',
      password_hash: await hashPassword(registrar.password, random),
      created_at: at,
    })
    .execute();
  return { clinicId, registrarId };
}

/** Staff ids of the demo clinic by role, read from the register. */
export async function staffIds(db: RegisterDb): Promise<Record<StaffRole, string>> {
  const rows = await db.kysely.selectFrom('staff').select(['id', 'role', 'login']).execute();
  const byRole: Partial<Record<StaffRole, string>> = {};
  for (const row of rows) if (row.login === row.role) byRole[row.role] = row.id;
  const { registrar, lab, commission, admin, verifier, regional } = byRole;
  if (!registrar || !lab || !commission || !admin || !verifier || !regional)
    throw new Error('demo staff missing');
  return { registrar, lab, commission, admin, verifier, regional };
}

/** Every record of the register for a clinic: id → version. */
export async function registerRecords(
  db: RegisterDb,
  clinicId: string,
): Promise<Map<string, number>> {
  const rows = await db.kysely
    .selectFrom('clinic_record')
    .select(['id', 'version'])
    .where('clinic_id', '=', clinicId)
    .execute();
  return new Map(rows.map((row) => [row.id, row.version]));
}

/**
 * Every person on a tablet as the desk reads them: a record a push took as sent is synced
 * (settledSync.ts), and those a first download stored by the page are on their pages
 * (pagedRecords.ts).
 */
export async function personRows(db: SeroDeskDatabase) {
  const rows = await db.persons.toArray();
  return settledRows(db, [...rows, ...(await allPagedRows(db, 'person'))]);
}

/** Every person on a tablet: id → {state, version}. */
export async function tabletPersons(tablet: SimTablet) {
  const rows = await personRows(tablet.db);
  return new Map(rows.map((row) => [row.id, row.sync]));
}
