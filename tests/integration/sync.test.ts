import { readRecord } from '../../src/storage/records';
import { countRecordsOf } from '../../src/storage/pagedRecords';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids';
import { SYNC_PROTOCOL_VERSION } from '../../src/core/protocol/sync';
import { loadTabletToken } from '../../src/storage/tablet';
import { testDatabases } from '../support/databases';
import { versionsWritten } from '../support/recordVersions';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite, rawSync } from '../support/syncSuite';
import {
  addClinic,
  makeTablet,
  newPerson,
  registerRecords,
  signInStaff,
  tabletPersons,
  writePersons,
} from '../support/tablets';

// Tablets and the register end to end (issue 5): the app's own storage and sync engine over
// fake IndexedDB, a real register on loopback, real SQL — on every configured engine.

const DAY_MS = 24 * 60 * 60 * 1000;

async function opCount(suite: SyncSuite, tabletId: string): Promise<number> {
  const rows = await suite.register.db.kysely
    .selectFrom('sync_op')
    .select('op_id')
    .where('tablet_id', '=', tabletId)
    .execute();
  return rows.length;
}

describe.each(testDatabases())('sync between tablets and the register on $engine', (database) => {
  let suite: SyncSuite;

  beforeAll(async () => {
    suite = await openSyncSuite(database);
  });

  afterAll(async () => {
    await suite.close();
  });

  it('converges: three tablets work offline, sync, and each ends with every record once', async () => {
    // One after another: enrolment numbers tablets T1, T2… and is not built for a race.
    const a = await suite.tablet('A');
    const b = await suite.tablet('B');
    const c = await suite.tablet('C');
    const written = [
      ...(await writePersons(a, suite.staff.registrar, 5)),
      ...(await writePersons(b, suite.staff.registrar, 4)),
      ...(await writePersons(c, suite.staff.admin, 3)),
    ];
    expect(a.engine.status().lastSuccessAt).toBeNull();
    for (const tablet of [a, b, c, a, b]) {
      const status = await tablet.engine.syncNow();
      expect(status.lastError).toBeNull();
    }

    const atRegister = await registerRecords(suite.register.db, a.clinicId);
    for (const id of written) expect(atRegister.get(id)).toBe(1);
    expect(await versionsWritten(suite.register.db, written)).toBe(written.length);
    for (const tablet of [a, b, c]) {
      const persons = await tabletPersons(tablet);
      for (const id of written) expect(persons.get(id)).toEqual({ state: 'synced', version: 1 });
      expect(await tablet.db.outbox.count()).toBe(0);
      expect(tablet.engine.status()).toMatchObject({ waiting: 0, lastError: null });
    }
  });

  it('applies an op pushed twice once, answering the repeat with the stored answer', async () => {
    const tablet = await suite.tablet('twice');
    const person = { ...newPerson(tablet, suite.staff.registrar), version: 0 };
    const body = {
      protocolVersion: SYNC_PROTOCOL_VERSION,
      tabletId: tablet.tabletId,
      ops: [
        {
          opId: newId(tablet.now, (n) => crypto.getRandomValues(new Uint8Array(n))),
          kind: 'person',
          baseVersion: 0,
          record: person,
        },
      ],
    };
    const first = await rawSync(suite, tablet, 'push', body);
    const second = await rawSync(suite, tablet, 'push', body);
    expect(first.status).toBe(200);
    expect(second.json).toEqual(first.json);
    expect(await versionsWritten(suite.register.db, [person.id])).toBe(1);
    expect(await opCount(suite, tablet.tabletId)).toBe(1);
  });

  it('does not duplicate when the answer is lost after the register committed', async () => {
    const tablet = await suite.tablet('lost-answer');
    const ids = await writePersons(tablet, suite.staff.registrar, 3);
    tablet.network.loseAnswers(1);
    const failed = await tablet.engine.syncNow();
    expect(failed.lastError?.reason).toBe('network');
    expect(failed.lastSuccessAt).toBeNull();
    expect(failed.waiting).toBe(3);
    expect([...(await tabletPersons(tablet)).values()].map((s) => s.state)).toEqual(
      Array(3).fill('pending'),
    );

    const retried = await tablet.engine.syncNow();
    expect(retried.lastError).toBeNull();
    expect(retried.waiting).toBe(0);
    expect(await versionsWritten(suite.register.db, ids)).toBe(3);
    expect(await opCount(suite, tablet.tabletId)).toBe(3);
  });

  it('loses nothing when the register restarts in the middle of a sync', async () => {
    const tablet = await suite.tablet('restart', { sizes: { batchSize: 10, pageSize: 10 } });
    const ids = await writePersons(tablet, suite.staff.registrar, 35);
    tablet.network.beforeRequest = async (sent) => {
      if (sent === 2) await suite.restart();
    };
    const cut = await tablet.engine.syncNow();
    expect(cut.lastError).not.toBeNull();
    tablet.network.beforeRequest = null;
    tablet.network.pointTo(suite.register.url);

    const resumed = await tablet.engine.syncNow();
    expect(resumed.lastError).toBeNull();
    const atRegister = await registerRecords(suite.register.db, tablet.clinicId);
    for (const id of ids) expect(atRegister.get(id)).toBe(1);
    expect(await versionsWritten(suite.register.db, ids)).toBe(35);
    expect(await tablet.db.outbox.count()).toBe(0);
  });

  it('rejects one invalid op with a reason and accepts the rest of its batch', async () => {
    const tablet = await suite.tablet('reject');
    const good = await writePersons(tablet, suite.staff.registrar, 3);
    // Written by a registrar's hand but naming the lab as author: the register's role check.
    const byLab = await tablet.write(newPerson(tablet, suite.staff.lab), 'registrar');
    // A row that slipped past the desk's checks (bad SNILS checksum).
    const broken = { ...newPerson(tablet, suite.staff.registrar), snils: '11223344596' };
    await tablet.db.outbox.add({
      opId: newId(tablet.now, (n) => crypto.getRandomValues(new Uint8Array(n))),
      kind: 'person',
      recordId: broken.id,
      record: broken,
      baseVersion: 0,
      queuedAt: tablet.now().toISOString(),
      state: 'queued',
    });
    const status = await tablet.engine.syncNow();
    expect(status).toMatchObject({ lastError: null, waiting: 0, rejected: 2 });
    const atRegister = await registerRecords(suite.register.db, tablet.clinicId);
    for (const id of good) expect(atRegister.get(id)).toBe(1);
    expect(byLab.ok && atRegister.has(byLab.value.id)).toBe(false);
    const rejected = await tablet.db.outbox.where('state').equals('rejected').toArray();
    expect(rejected.map((row) => row.reason).sort()).toEqual([
      'invalid-record',
      'role-may-not-write',
    ]);
    if (byLab.ok) {
      expect((await readRecord(tablet.db, 'person', byLab.value.id))?.sync).toEqual({
        state: 'rejected',
        version: 0,
        reason: 'role-may-not-write',
      });
    }
    // A refused op is not sent again on every run: the next run only pulls (and reads the
    // clinic's directory beside it, as every run does).
    tablet.network.requests.length = 0;
    await tablet.engine.syncNow();
    expect([...tablet.network.requests].sort()).toEqual([
      '/api/clinic/directory',
      '/api/sync/pull',
    ]);
  });

  it('syncs normally from tablets whose clocks are two days off either way', async () => {
    const ahead = await suite.tablet('ahead', { clockOffsetMs: 2 * DAY_MS });
    const behind = await suite.tablet('behind', { clockOffsetMs: -2 * DAY_MS });
    const fromAhead = await writePersons(ahead, suite.staff.registrar, 2);
    const fromBehind = await writePersons(behind, suite.staff.registrar, 2);
    for (const tablet of [ahead, behind, ahead]) {
      expect((await tablet.engine.syncNow()).lastError).toBeNull();
    }
    for (const tablet of [ahead, behind]) {
      const persons = await tabletPersons(tablet);
      for (const id of [...fromAhead, ...fromBehind]) expect(persons.get(id)?.state).toBe('synced');
    }
  });

  it('refuses a withdrawn tablet, which keeps its unsent records', async () => {
    const tablet = await suite.tablet('withdrawn');
    const withdraw = (token: string) =>
      fetch(`${suite.register.url}/api/tablets/${tablet.tabletId}/withdraw`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await withdraw(suite.registrarToken)).status).toBe(403);
    expect((await withdraw(suite.adminToken)).status).toBe(200);
    const [id] = await writePersons(tablet, suite.staff.registrar, 1);
    const status = await tablet.engine.syncNow();
    expect(status.lastError?.reason).toBe('tablet-withdrawn');
    expect(status.lastError?.message.ru).toContain('отозван');
    expect(status.waiting).toBe(1);
    expect((await readRecord(tablet.db, 'person', id ?? ''))?.sync.state).toBe('pending');
  });

  it("keeps another clinic's tablet from reading or writing this clinic's records", async () => {
    const home = await suite.tablet('home');
    const [homeId] = await writePersons(home, suite.staff.registrar, 1);
    // The home record must really be at the register, or the stranger seeing none of it
    // below would prove nothing.
    expect(await home.engine.syncNow()).toMatchObject({ lastError: null, waiting: 0 });
    const homeBefore = await registerRecords(suite.register.db, home.clinicId);
    expect(homeBefore.get(homeId ?? '')).toBe(1);

    const login = { login: `kln2-${String(Date.now())}`, password: 'second-clinic-pass' };
    const other = await addClinic(suite.register.db, `K${String(Date.now() % 100000)}`, login);
    const token = (await signInStaff(suite.register.url, login.login, login.password)).token;
    const stranger = await makeTablet({
      url: suite.register.url,
      name: 'stranger',
      staffToken: token,
    });
    expect(stranger.clinicId).toBe(other.clinicId);

    const pulled = await stranger.engine.syncNow();
    expect(pulled.lastError).toBeNull();
    expect(await countRecordsOf(stranger.db, 'person')).toBe(0);

    // A record naming the home clinic, pushed with the stranger's token, is refused.
    const intruder = { ...newPerson(home, suite.staff.registrar), version: 0 };
    const pushed = await rawSync(suite, stranger, 'push', {
      protocolVersion: SYNC_PROTOCOL_VERSION,
      tabletId: stranger.tabletId,
      ops: [
        {
          opId: newId(home.now, (n) => crypto.getRandomValues(new Uint8Array(n))),
          kind: 'person',
          baseVersion: 0,
          record: intruder,
        },
      ],
    });
    expect(pushed.json).toMatchObject({
      answers: [{ status: 'rejected', reason: 'wrong-clinic' }],
    });
    // Nor may it speak for the home tablet.
    const pretending = await rawSync(suite, stranger, 'pull', {
      protocolVersion: SYNC_PROTOCOL_VERSION,
      tabletId: home.tabletId,
      cursor: 0,
      limit: 10,
    });
    expect(pretending.status).toBe(403);
    expect((await registerRecords(suite.register.db, other.clinicId)).size).toBe(0);
    expect(await loadTabletToken(stranger.db)).not.toBe(await loadTabletToken(home.db));
    // The home clinic's records are exactly what they were: the intruder was not written.
    expect(await registerRecords(suite.register.db, home.clinicId)).toEqual(homeBefore);
  });

  it('moves 10,000 records from one tablet to another in tens of requests', async () => {
    const writer = await suite.tablet('bulk-writer');
    const ids = await writePersons(writer, suite.staff.registrar, 10_000);
    expect((await writer.engine.syncNow()).lastError).toBeNull();
    const reader = await suite.tablet('bulk-reader');
    expect((await reader.engine.syncNow()).lastError).toBeNull();

    const persons = await tabletPersons(reader);
    expect(ids.every((id) => persons.get(id)?.state === 'synced')).toBe(true);
    // A first download: the persons on pages, and at idle the page index's sorted pairs
    // written as of the last page, so the next start need not sort them.
    expect(await reader.db.persons.count()).toBe(0);
    await reader.engine.settling();
    const lastPage = await reader.db.pulledKeys.orderBy('page').lastKey();
    const stored = await reader.db.pulledIndex.toArray();
    expect(stored.map((row) => row.index)).toContain('person.searchName');
    expect(new Set(stored.map((row) => row.through))).toEqual(new Set([lastPage]));
    const pushes = writer.network.requests.filter((p) => p === '/api/sync/push').length;
    expect(pushes).toBe(10);
    const total = writer.network.requests.length + reader.network.requests.length;
    expect(total).toBeLessThanOrEqual(30);
  }, 180_000);
});
