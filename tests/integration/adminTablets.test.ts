import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffId, TabletId } from '../../src/core/ids';
import { newId } from '../../src/core/ids';
import type { AdminTabletList } from '../../src/core/protocol/adminTablets';
import { DEMO_REGIONAL_STAFF } from '../../src/register/seed';
import { writeRecord } from '../../src/storage/records';
import { listAdminTablets, withdrawAdminTablet } from '../../src/sync/admin/tablets';
import { testDatabases } from '../support/databases';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite, rawSync } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';
import { addClinic, makeTablet, newPerson, signInStaff, testNetwork } from '../support/tablets';

// The administrators' tablet list against a real register on every configured engine: the
// backlog a simulated tablet reports on its real push and pull is what the list shows, with
// the warnings core works out; a registrar is refused, a clinic admin sees and withdraws only
// their clinic's tablets, and the regional administrator sees every clinic's, warned first.

const HOUR_MS = 3_600_000;

describe.each(testDatabases())('the administrators’ tablet list on $engine', (database) => {
  let suite: SyncSuite;
  let desk: SimTablet;
  let quiet: SimTablet;
  let other: SimTablet;
  let regionalToken: string;

  beforeAll(async () => {
    suite = await openSyncSuite(database);
    desk = await suite.tablet('backlog-desk');
    quiet = await suite.tablet('quiet');
    const second = { login: 'registrar-elizovo', password: 'second-clinic-pass' };
    await addClinic(suite.register.db, 'ELZ1', second);
    const secondToken = (await signInStaff(suite.register.url, second.login, second.password))
      .token;
    other = await makeTablet({ url: suite.register.url, name: 'elz', staffToken: secondToken });
    const regional = DEMO_REGIONAL_STAFF[0];
    if (regional === undefined) throw new Error('the demo seed has no regional administrator');
    regionalToken = (await signInStaff(suite.register.url, regional.login, regional.password))
      .token;
  });

  afterAll(async () => {
    await suite.close();
  });

  const transport = () => testNetwork(suite.register.url).transport;

  async function list(token: string): Promise<AdminTabletList> {
    const answer = await listAdminTablets(transport(), token);
    if (!answer.ok) throw new Error(`list refused: ${answer.reason}`);
    return answer.value;
  }

  it('stores the backlog a tablet reports on its push and pull, and warns when it is a day old', async () => {
    const writtenAt = new Date(Date.now() - 30 * HOUR_MS);
    const random = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));
    const context = { role: 'registrar' as const, now: () => writtenAt, random };
    // Accepted on the push: no longer part of the backlog the pull then reports.
    const accepted = newPerson(desk, suite.staff.registrar, { createdAt: writtenAt.toISOString() });
    expect((await writeRecord(desk.db, accepted, context)).ok).toBe(true);
    // Refused by the register (its author is nobody of the clinic's): it stays on the tablet.
    const stranger = newId<StaffId>(() => writtenAt, random);
    const refused = newPerson(desk, stranger, { createdAt: writtenAt.toISOString() });
    expect((await writeRecord(desk.db, refused, context)).ok).toBe(true);

    const status = await desk.engine.syncNow();
    expect(status.lastError).toBeNull();
    expect(status.rejected).toBe(1);

    const row = await suite.register.db.kysely
      .selectFrom('tablet')
      .select(['backlog_count', 'backlog_oldest_at', 'backlog_reported_at', 'last_seen_at'])
      .where('id', '=', desk.tabletId)
      .executeTakeFirstOrThrow();
    expect(row.backlog_count).toBe(1);
    const oldest = Date.parse(row.backlog_oldest_at ?? '');
    expect(Math.abs(oldest - writtenAt.getTime())).toBeLessThan(60_000);
    expect(row.backlog_reported_at).not.toBeNull();

    const mine = (await list(suite.adminToken)).tablets.find((t) => t.id === desk.tabletId);
    expect(mine?.backlog).toEqual({
      records: 1,
      oldestAt: row.backlog_oldest_at,
      reportedAt: row.backlog_reported_at,
    });
    expect(mine?.warnings).toEqual([
      { kind: 'unsent-backlog', records: 1, oldestAt: row.backlog_oldest_at },
    ]);
  });

  it('notes that a tablet was seen when the register refuses its sync request too', async () => {
    const long = '2026-01-01T00:00:00.000Z';
    const forget = () =>
      suite.register.db.kysely
        .updateTable('tablet')
        .set({ last_seen_at: long })
        .where('id', '=', quiet.tabletId)
        .execute();
    const lastSeen = async () =>
      (
        await suite.register.db.kysely
          .selectFrom('tablet')
          .select('last_seen_at')
          .where('id', '=', quiet.tabletId)
          .executeTakeFirstOrThrow()
      ).last_seen_at;

    await forget();
    const newerRelease = { protocolVersion: 2, tabletId: quiet.tabletId, ops: [] };
    expect((await rawSync(suite, quiet, 'push', newerRelease)).status).toBe(409);
    expect(await lastSeen()).not.toBe(long);

    await forget();
    const badCursor = { protocolVersion: 1, tabletId: quiet.tabletId, cursor: -1, limit: 10 };
    expect((await rawSync(suite, quiet, 'pull', badCursor)).status).toBe(400);
    expect(await lastSeen()).not.toBe(long);
  });

  it('takes a report from a push alone, and keeps it when a tablet of before sends none', async () => {
    const unreported = (await list(suite.adminToken)).tablets.find((t) => t.id === quiet.tabletId);
    expect(unreported?.backlog).toBeNull();

    const pushed = await rawSync(suite, quiet, 'push', {
      protocolVersion: 1,
      tabletId: quiet.tabletId,
      ops: [],
      backlog: { records: 5, oldestAgeSeconds: 7200 },
    });
    expect(pushed.status).toBe(200);
    const reported = await suite.register.db.kysely
      .selectFrom('tablet')
      .select(['backlog_count', 'backlog_oldest_at', 'backlog_reported_at'])
      .where('id', '=', quiet.tabletId)
      .executeTakeFirstOrThrow();
    expect(reported.backlog_count).toBe(5);
    const age =
      Date.parse(reported.backlog_reported_at ?? '') - Date.parse(reported.backlog_oldest_at ?? '');
    expect(age).toBe(7200 * 1000);

    const pulled = await rawSync(suite, quiet, 'pull', {
      protocolVersion: 1,
      tabletId: quiet.tabletId,
      cursor: 0,
      limit: 10,
    });
    expect(pulled.status).toBe(200);
    const kept = await suite.register.db.kysely
      .selectFrom('tablet')
      .select(['backlog_count', 'backlog_oldest_at', 'backlog_reported_at'])
      .where('id', '=', quiet.tabletId)
      .executeTakeFirstOrThrow();
    expect(kept).toEqual(reported);
    // Two hours old: reported, but not yet worth a warning.
    const listed = (await list(suite.adminToken)).tablets.find((t) => t.id === quiet.tabletId);
    expect(listed?.backlog?.records).toBe(5);
    expect(listed?.warnings).toEqual([]);
  });

  it('refuses a malformed report with the rest of the body', async () => {
    const refused = await rawSync(suite, quiet, 'push', {
      protocolVersion: 1,
      tabletId: quiet.tabletId,
      ops: [],
      backlog: { records: -1 },
    });
    expect(refused.status).toBe(400);
  });

  it('refuses a registrar both the list and a withdrawal', async () => {
    const listed = await listAdminTablets(transport(), suite.registrarToken);
    expect(listed).toMatchObject({ ok: false, reason: 'forbidden' });
    const withdrawn = await withdrawAdminTablet(
      transport(),
      suite.registrarToken,
      quiet.tabletId as TabletId,
    );
    expect(withdrawn).toMatchObject({ ok: false, reason: 'forbidden' });
  });

  it('shows a clinic admin only their clinic’s tablets, in order of enrolment', async () => {
    const { tablets } = await list(suite.adminToken);
    const ids = tablets.map((t) => t.id as string);
    expect(ids).toContain(desk.tabletId);
    expect(ids).toContain(quiet.tabletId);
    expect(ids).not.toContain(other.tabletId);
    expect(new Set(tablets.map((t) => t.clinic.code))).toEqual(new Set(['PKGP3']));
    expect(ids.indexOf(desk.tabletId)).toBeLessThan(ids.indexOf(quiet.tabletId));
  });

  it('answers a clinic admin withdrawing another clinic’s tablet as if it did not exist', async () => {
    const answer = await withdrawAdminTablet(
      transport(),
      suite.adminToken,
      other.tabletId as TabletId,
    );
    expect(answer).toMatchObject({ ok: false, reason: 'not-found' });
    const row = await suite.register.db.kysely
      .selectFrom('tablet')
      .select('status')
      .where('id', '=', other.tabletId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('enrolled');
    expect((await other.engine.syncNow()).lastError).toBeNull();
  });

  it('shows the regional administrator every clinic’s tablets, those with warnings first', async () => {
    // The second clinic's tablet, enrolled last, has been silent for five days.
    const fiveDaysAgo = new Date(Date.now() - 5 * 24 * HOUR_MS).toISOString();
    await suite.register.db.kysely
      .updateTable('tablet')
      .set({ last_seen_at: fiveDaysAgo, last_push_at: fiveDaysAgo })
      .where('id', '=', other.tabletId)
      .execute();
    const answer = await list(regionalToken);
    expect(answer.silentHours).toBe(72);
    expect(answer.backlogHours).toBe(24);
    const ids = answer.tablets.map((t) => t.id as string);
    expect(ids).toEqual(expect.arrayContaining([desk.tabletId, quiet.tabletId, other.tabletId]));
    expect(new Set(answer.tablets.map((t) => t.clinic.code))).toEqual(new Set(['PKGP3', 'ELZ1']));
    const warned = answer.tablets.filter((t) => t.warnings.length > 0).map((t) => t.id as string);
    expect(warned.sort()).toEqual([desk.tabletId, other.tabletId].sort());
    expect(ids.slice(0, 2).sort()).toEqual(warned.sort());
    const silent = answer.tablets.find((t) => t.id === other.tabletId);
    expect(silent?.warnings).toEqual([
      // Whole hours since the last contact: the five days, floored.
      { kind: 'silent', lastContactAt: fiveDaysAgo, hours: 120 },
    ]);
    expect(silent?.clinic).toMatchObject({ code: 'ELZ1', utcOffsetMinutes: 720 });
  });

  it('lets the regional administrator withdraw any clinic’s tablet, which is then never warned about', async () => {
    const answer = await withdrawAdminTablet(
      transport(),
      regionalToken,
      other.tabletId as TabletId,
    );
    if (!answer.ok) throw new Error(answer.reason);
    expect(answer.value.status).toBe('withdrawn');
    const again = await withdrawAdminTablet(transport(), regionalToken, other.tabletId as TabletId);
    expect(again.ok && again.value.withdrawnAt).toBe(answer.value.withdrawnAt);
    const listed = (await list(regionalToken)).tablets.find((t) => t.id === other.tabletId);
    expect(listed).toMatchObject({ status: 'withdrawn', warnings: [] });
    expect((await other.engine.syncNow()).lastError?.reason).toBe('tablet-withdrawn');
  });
});
