import { randomBytes } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabletId } from '../../src/core/ids';
import { newId } from '../../src/core/ids';
import { SYNC_PROTOCOL_VERSION } from '../../src/core/protocol/sync';
import { tabletListResponseSchema } from '../../src/core/protocol/tablet';
import { DEMO_STAFF } from '../../src/register/seed';
import type { SeroDeskDatabase } from '../../src/storage/database';
import { openDatabase } from '../../src/storage/database';
import { loadRestoreNotice } from '../../src/storage/restoreNotice';
import { loadClinic, saveClinic } from '../../src/storage/clinic';
import {
  loadTabletIdentity,
  loadTabletToken,
  saveTabletIdentity,
  saveTabletToken,
} from '../../src/storage/tablet';
import { enrolTablet, fetchClinicTablets } from '../../src/sync/enrol';
import { createSyncEngine } from '../../src/sync/engine';
import { testDatabases } from '../support/databases';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite, rawSync } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';
import { newPerson, personRows, signInStaff, tabletPersons, testNetwork } from '../support/tablets';

// A tablet that comes back empty (its browser data cleared) is noticed and restored from
// the register: enrolled again as the successor of the tablet it was, or — identity kept, an
// old device backup put back — by pulling its own records again from cursor 0. Real register,
// real SQL on every configured engine, the app's own storage and sync engine.

const random = (n: number) => new Uint8Array(randomBytes(n));
const manualTimers = { set: () => null, clear: () => undefined };

function freshDatabase(name: string): SeroDeskDatabase {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }, name);
}

function engineFor(db: SeroDeskDatabase, url: string, pageSize = 1000) {
  return createSyncEngine({
    db,
    transport: testNetwork(url).transport,
    now: () => new Date(),
    random: Math.random,
    timers: manualTimers,
    sizes: { batchSize: 1000, pageSize },
  });
}

async function writePersons(tablet: SimTablet, registrar: string, count: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const person = newPerson(tablet, registrar);
    expect((await tablet.write(person, 'registrar')).ok).toBe(true);
    ids.push(person.id);
  }
  return ids;
}

async function personIds(db: SeroDeskDatabase) {
  return new Set((await personRows(db)).map((row) => row.id));
}

describe.each(testDatabases())('a tablet that comes back empty, on $engine', (database) => {
  let suite: SyncSuite;
  let a: SimTablet;
  let b: SimTablet;
  let aOwn: string[];
  let bOwn: string[];

  beforeAll(async () => {
    suite = await openSyncSuite(database);
    a = await suite.tablet('restore-A');
    b = await suite.tablet('restore-B');
    aOwn = await writePersons(a, suite.staff.registrar, 3);
    expect((await a.engine.syncNow()).lastError).toBeNull();
    bOwn = await writePersons(b, suite.staff.registrar, 2);
    expect((await b.engine.syncNow()).lastError).toBeNull();
    expect((await a.engine.syncNow()).lastError).toBeNull();
  });

  afterAll(async () => {
    await suite.close();
  });

  it('lists the clinic’s tablets with what each has pushed, to a registrar or admin only', async () => {
    const listed = await fetchClinicTablets(a.network.transport, suite.registrarToken);
    expect(listed.ok).toBe(true);
    const tablets = listed.ok ? listed.value : [];
    const first = tablets.find((tablet) => tablet.id === a.tabletId);
    expect(first).toMatchObject({
      name: 'restore-A',
      status: 'enrolled',
      recordsPushed: 3,
      withdrawnAt: null,
      replacedBy: null,
    });
    expect(first?.lastPushAt).not.toBeNull();
    expect(tablets.find((tablet) => tablet.id === b.tabletId)?.recordsPushed).toBe(2);

    const lab = DEMO_STAFF.find((staff) => staff.role === 'lab');
    if (lab === undefined) throw new Error('no demo lab');
    const labToken = (await signInStaff(suite.register.url, lab.login, lab.password)).token;
    const refused = await fetch(`${suite.register.url}/api/tablets`, {
      headers: { authorization: `Bearer ${labToken}` },
    });
    expect(refused.status).toBe(403);
    const anonymous = await fetch(`${suite.register.url}/api/tablets`);
    expect(anonymous.status).toBe(401);
  });

  it('restores its own records to a tablet whose database was deleted but whose identity and token were put back', async () => {
    const identity = await loadTabletIdentity(a.db);
    const token = await loadTabletToken(a.db);
    const clinic = await loadClinic(a.db);
    if (identity === undefined || token === undefined || clinic === undefined) {
      throw new Error('tablet A is not enrolled');
    }
    const wiped = freshDatabase('restore-A-wiped');
    await saveTabletIdentity(wiped, identity);
    await saveTabletToken(wiped, token);
    await saveClinic(wiped, clinic);

    // Pages of two: the restore spans several pages, each after the first above cursor 0.
    const status = await engineFor(wiped, suite.register.url, 2).syncNow();
    expect(status.lastError).toBeNull();
    expect(await personIds(wiped)).toEqual(new Set([...aOwn, ...bOwn]));
    const rows = await personRows(wiped);
    expect(rows.every((row) => row.sync.state === 'synced')).toBe(true);
    expect(await loadRestoreNotice(wiped)).toEqual({ kind: 'self', restored: 5 });
  });

  it('closes the restore once the tablet has caught up: later pulls skip its own records again', async () => {
    const identity = await loadTabletIdentity(a.db);
    if (identity === undefined) throw new Error('tablet A is not enrolled');
    const more = await writePersons(a, suite.staff.registrar, 1);
    expect((await a.engine.syncNow()).lastError).toBeNull();
    const answer = await rawSync(suite, a, 'pull', {
      protocolVersion: SYNC_PROTOCOL_VERSION,
      tabletId: a.tabletId,
      cursor: 1,
      limit: 100,
    });
    const body = answer.json as { changes: { record: { id: string } }[]; restoring?: boolean };
    expect(body.restoring).toBeUndefined();
    const pulled = body.changes.map((change) => change.record.id);
    expect(pulled).not.toContain(more[0]);
    expect(pulled.some((id) => aOwn.includes(id))).toBe(false);
  });

  it('does not take a new tablet that pushed offline work before its first pull for a wiped one', async () => {
    const c = await suite.tablet('restore-C');
    const person = { ...newPerson(c, suite.staff.registrar), version: 0 };
    const pushed = await rawSync(suite, c, 'push', {
      protocolVersion: SYNC_PROTOCOL_VERSION,
      tabletId: c.tabletId,
      ops: [{ opId: newId(c.now, random), kind: 'person', baseVersion: 0, record: person }],
    });
    expect(pushed.status).toBe(200);
    const pull = () =>
      rawSync(suite, c, 'pull', {
        protocolVersion: SYNC_PROTOCOL_VERSION,
        tabletId: c.tabletId,
        cursor: 0,
        limit: 1000,
      });
    const first = (await pull()).json as { changes: { record: { id: string } }[] };
    expect(first).not.toHaveProperty('restoring');
    expect(first.changes.map((change) => change.record.id)).not.toContain(person.id);

    // Having been answered once, the same tablet asking from 0 again has lost its records.
    const again = (await pull()).json as {
      changes: { record: { id: string } }[];
      restoring?: boolean;
    };
    expect(again.restoring).toBe(true);
    expect(again.changes.map((change) => change.record.id)).toContain(person.id);
  });

  it('enrols a cleared device as the successor of the tablet it was and restores the clinic’s records', async () => {
    const device = freshDatabase('restore-B-successor');
    const network = testNetwork(suite.register.url);
    const enrolled = await enrolTablet(device, network.transport, globalThis.crypto.subtle, {
      name: 'restore-B',
      staffToken: suite.registrarToken,
      replaces: b.tabletId as TabletId,
    });
    if (!enrolled.ok) throw new Error(`enrolment failed: ${enrolled.reason}`);
    expect(enrolled.value.tablet.id).not.toBe(b.tabletId);
    expect(enrolled.value.predecessor).toMatchObject({
      id: b.tabletId,
      name: 'restore-B',
      recordsPushed: 2,
    });
    expect(enrolled.value.predecessor?.lastPushAt).not.toBeNull();
    expect(await loadRestoreNotice(device)).toMatchObject({ kind: 'predecessor', restored: null });

    const status = await engineFor(device, suite.register.url).syncNow();
    expect(status.lastError).toBeNull();
    const persons = await personIds(device);
    for (const id of [...aOwn, ...bOwn]) expect(persons.has(id)).toBe(true);
    const notice = await loadRestoreNotice(device);
    expect(notice).toMatchObject({ kind: 'predecessor', predecessor: { id: b.tabletId } });
    expect(notice?.restored).toBe(persons.size);

    // The predecessor keeps working until an admin withdraws it (nothing is locked out).
    expect((await b.engine.syncNow()).lastError).toBeNull();
    const listed = await fetch(`${suite.register.url}/api/tablets`, {
      headers: { authorization: `Bearer ${suite.adminToken}` },
    });
    const { tablets } = tabletListResponseSchema.parse(await listed.json());
    const old = tablets.find((tablet) => tablet.id === b.tabletId);
    expect(old).toMatchObject({ status: 'enrolled', replacedBy: enrolled.value.tablet.id });
    expect(tablets.find((tablet) => tablet.id === enrolled.value.tablet.id)?.replaces).toBe(
      b.tabletId,
    );
  });

  it('refuses a predecessor that is not a tablet of the clinic, naming the field', async () => {
    const device = freshDatabase('restore-unknown');
    const answer = await enrolTablet(
      device,
      testNetwork(suite.register.url).transport,
      globalThis.crypto.subtle,
      {
        name: 'Окно 9',
        staffToken: suite.registrarToken,
        replaces: newId<TabletId>(() => new Date(), random),
      },
    );
    expect(answer.ok ? 'enrolled' : answer.reason).toBe('predecessor-unknown');
    expect(await tabletPersons({ db: device } as SimTablet)).toEqual(new Map());
  });
});
