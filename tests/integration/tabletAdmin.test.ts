import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabletId } from '../../src/core/ids';
import { listTablets, withdrawTablet } from '../../src/sync/tabletAdmin';
import { testDatabases } from '../support/databases';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';
import { addClinic, makeTablet, newPerson, signInStaff, testNetwork } from '../support/tablets';

// The admin's Tablets screen talks to the real register through these calls: the list it
// shows, and a withdrawal that stops the tablet's sync at once while its key stays in the
// trust list marked withdrawn (cards signed before keep verifying). Every configured engine.

describe.each(testDatabases())("the admin's tablet calls on $engine", (database) => {
  let suite: SyncSuite;
  let desk: SimTablet;
  let lost: SimTablet;

  beforeAll(async () => {
    suite = await openSyncSuite(database);
    desk = await suite.tablet('admin-desk');
    lost = await suite.tablet('lost');
  });

  afterAll(async () => {
    await suite.close();
  });

  const admin = () => testNetwork(suite.register.url).transport;

  it('lists the clinic’s tablets with their codes, enrolled', async () => {
    const answer = await listTablets(admin(), suite.adminToken);
    if (!answer.ok) throw new Error(answer.reason);
    const mine = answer.value.filter((t) => t.id === desk.tabletId || t.id === lost.tabletId);
    expect(mine.map((t) => t.status)).toEqual(['enrolled', 'enrolled']);
    expect(mine.every((t) => /^T\d+$/.test(t.code))).toBe(true);
  });

  it('refuses a registrar’s withdrawal as forbidden and leaves the tablet enrolled', async () => {
    const answer = await withdrawTablet(admin(), {
      staffToken: suite.registrarToken,
      tabletId: lost.tabletId as TabletId,
    });
    expect(answer).toMatchObject({ ok: false, reason: 'forbidden' });
    expect((await lost.engine.syncNow()).lastError).toBeNull();
  });

  it('withdraws a tablet: the list says so and its next sync is refused, keeping its work', async () => {
    const answer = await withdrawTablet(admin(), {
      staffToken: suite.adminToken,
      tabletId: lost.tabletId as TabletId,
    });
    if (!answer.ok) throw new Error(answer.reason);
    expect(answer.value.status).toBe('withdrawn');

    const listed = await listTablets(admin(), suite.adminToken);
    if (!listed.ok) throw new Error(listed.reason);
    const row = listed.value.find((t) => t.id === lost.tabletId);
    expect(row).toMatchObject({ status: 'withdrawn', withdrawnAt: answer.value.withdrawnAt });
    expect(listed.value.find((t) => t.id === desk.tabletId)?.status).toBe('enrolled');

    expect((await lost.write(newPerson(lost, suite.staff.registrar), 'registrar')).ok).toBe(true);
    const status = await lost.engine.syncNow();
    expect(status.lastError?.reason).toBe('tablet-withdrawn');
    expect(status.waiting).toBe(1);
    expect((await desk.engine.syncNow()).lastError).toBeNull();
  });

  it('keeps the withdrawn key in the trust list, marked with the time of withdrawal', async () => {
    const row = await suite.register.db.kysely
      .selectFrom('tablet')
      .select(['kid', 'withdrawn_at'])
      .where('id', '=', lost.tabletId)
      .executeTakeFirstOrThrow();
    const response = await fetch(`${suite.register.url}/.well-known/jwks.json`);
    const jwks = (await response.json()) as { keys: { kid: string; withdrawnAt?: number }[] };
    const key = jwks.keys.find((k) => k.kid === row.kid);
    expect(key?.withdrawnAt).toBe(Math.floor(Date.parse(row.withdrawn_at ?? '') / 1000));
  });

  it('answers a second withdrawal with the first time', async () => {
    const first = await listTablets(admin(), suite.adminToken);
    if (!first.ok) throw new Error(first.reason);
    const before = first.value.find((t) => t.id === lost.tabletId)?.withdrawnAt;
    const again = await withdrawTablet(admin(), {
      staffToken: suite.adminToken,
      tabletId: lost.tabletId as TabletId,
    });
    expect(again).toMatchObject({ ok: true, value: { withdrawnAt: before } });
  });

  it('does not reveal another clinic’s tablet, and names an expired session', async () => {
    const login = { login: `kln-tab-${String(Date.now())}`, password: 'other-clinic-pass' };
    await addClinic(suite.register.db, `K${String(Date.now() % 100000)}`, login);
    const token = (await signInStaff(suite.register.url, login.login, login.password)).token;
    const stranger = await makeTablet({ url: suite.register.url, name: 'far', staffToken: token });
    const answer = await withdrawTablet(admin(), {
      staffToken: suite.adminToken,
      tabletId: stranger.tabletId as TabletId,
    });
    expect(answer).toMatchObject({ ok: false, reason: 'not-found' });
    expect((await stranger.engine.syncNow()).lastError).toBeNull();

    const expired = await withdrawTablet(admin(), {
      staffToken: 'not-a-token-the-register-ever-gave-out',
      tabletId: desk.tabletId as TabletId,
    });
    expect(expired).toMatchObject({ ok: false, reason: 'session-expired' });
  });
});
