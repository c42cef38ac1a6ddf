import { describe, expect, it } from 'vitest';
import type { TabletId } from '../core/ids';
import { fail } from '../core/result';
import { countRecordsOf } from '../storage/pagedRecords';
import { applyPulled, loadPullStart } from '../storage/pulled';
import { saveTabletIdentity, saveTabletToken } from '../storage/tablet';
import { createSyncEngine } from './engine';
import { clock, credentials, fresh, scriptedRegister } from './pullRegisterFixture';
import type { SyncStatus } from './status';
import type { PullProgress } from './syncRun';
import { pullAll } from './syncRun';
import type { Transport } from './transport';

// The progress a pull reports to the header, against a scripted register that holds `rows`
// records and answers pages with (or, as a register of before, without) `remaining`
// (pullRegisterFixture.ts).

async function progressOf(db: ReturnType<typeof fresh>, transport: Transport, pageSize: number) {
  const seen: PullProgress[] = [];
  const result = await pullAll(db, transport, credentials, pageSize, (progress) => {
    seen.push(progress);
  });
  return { result, seen };
}

describe('pull progress', () => {
  it('counts towards a total that the register’s `remaining` gives, on a first start', async () => {
    const { result, seen } = await progressOf(
      fresh(),
      scriptedRegister(250, { sendsRemaining: true }),
      100,
    );
    expect(result).toEqual({ ok: true, value: 250 });
    expect(seen).toEqual([
      { received: 0, total: null, firstPull: true },
      { received: 100, total: 250, firstPull: true },
      { received: 200, total: 250, firstPull: true },
      { received: 250, total: 250, firstPull: true },
    ]);
  });

  it('is not a first pull once the tablet has a cursor', async () => {
    const db = fresh();
    await applyPulled(db, [], 40);
    const { seen } = await progressOf(db, scriptedRegister(50, { sendsRemaining: true }), 100);
    expect(seen.at(-1)).toEqual({ received: 10, total: 10, firstPull: false });
  });

  it('goes on with a first download that was cut off as one, storing the rest by the page', async () => {
    const db = fresh();
    const register = scriptedRegister(250, { sendsRemaining: true });
    // The link drops when the third page is asked for: two pages are stored.
    const dropping: Transport = (request) =>
      (request.body as { cursor?: number }).cursor === 200
        ? Promise.resolve(fail('network'))
        : register(request);
    const cut = await progressOf(db, dropping, 100);
    expect(cut.result).toMatchObject({ ok: false, reason: 'network' });
    expect(await loadPullStart(db)).toEqual({ cursor: 200, download: true });

    const resumed = await progressOf(db, register, 100);
    expect(resumed.seen.at(-1)).toEqual({ received: 50, total: 50, firstPull: true });
    // Every person of the download by the page, none as a row of the persons table.
    expect(await countRecordsOf(db, 'person')).toBe(250);
    expect(await db.persons.count()).toBe(0);
    expect(await loadPullStart(db)).toEqual({ cursor: 250, download: false });

    // The next pull is an ordinary one: what the register wrote since, as rows.
    const later = await progressOf(db, scriptedRegister(260, { sendsRemaining: true }), 100);
    expect(later.seen.at(-1)).toEqual({ received: 10, total: 10, firstPull: false });
    expect(await db.persons.count()).toBe(10);
    expect(await countRecordsOf(db, 'person')).toBe(260);
  });

  it('keeps the total unknown with a register that does not send `remaining`', async () => {
    const { seen } = await progressOf(
      fresh(),
      scriptedRegister(150, { sendsRemaining: false }),
      100,
    );
    expect(seen.map((progress) => progress.total)).toEqual([null, null, null]);
    expect(seen.at(-1)?.received).toBe(150);
  });

  it('shows the engine’s status as a first download with a growing bar, then clears it', async () => {
    const db = fresh();
    await saveTabletIdentity(db, {
      tabletId: credentials.tabletId as TabletId,
      code: 'T1',
      name: 'Окно 1',
      enrolledAt: clock.toISOString(),
    });
    await saveTabletToken(db, credentials.token);
    const engine = createSyncEngine({
      db,
      transport: scriptedRegister(25, { sendsRemaining: true }),
      now: () => clock,
      random: () => 0.5,
      sizes: { batchSize: 10, pageSize: 10 },
    });
    const pulling: Pick<SyncStatus, 'pulled' | 'pullTotal' | 'firstPull'>[] = [];
    engine.subscribe((status) => {
      if (status.running && status.phase === 'pull') {
        pulling.push({
          pulled: status.pulled,
          pullTotal: status.pullTotal,
          firstPull: status.firstPull,
        });
      }
    });
    await engine.syncNow();
    expect(pulling.at(-1)).toEqual({ pulled: 25, pullTotal: 25, firstPull: true });
    expect(pulling.map((status) => status.pullTotal)).toContain(25);
    expect(pulling.map((status) => status.pulled)).toEqual(expect.arrayContaining([10, 20, 25]));

    const again = await engine.syncNow();
    expect(again).toMatchObject({ pulled: 0, pullTotal: 0, firstPull: false });
  });
});
