import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exampleClinic } from '../core/clinic/examples';
import { ok } from '../core/result';
import { fail } from '../core/result';
import { loadClinic } from '../storage/clinic';
import { openDatabase } from '../storage/database';
import { readRecord } from '../storage/records';
import { createSyncEngine } from './engine';
import { clock, enrolledDatabase, register } from './engineFixture';
import { SYNC_SCHEDULE } from './schedule';
import type { Transport } from './transport';

// The engine against a scripted transport: what the header is told after failures and
// successes, and when it tries again. The real register is in tests/integration/sync*.

/** `register`, counting the requests it answers. */
function countingRegister() {
  let calls = 0;
  const transport: Transport = (request) => {
    calls += 1;
    return register(request);
  };
  return { transport, calls: () => calls };
}

function recordingTimers() {
  const delays: number[] = [];
  return {
    delays,
    timers: { set: (_: () => void, ms: number) => delays.push(ms), clear: () => undefined },
  };
}

describe('the sync engine', () => {
  it('never reports success after a failure, and backs off longer each time', async () => {
    const db = await enrolledDatabase();
    const { delays, timers } = recordingTimers();
    let down = true;
    const transport: Transport = (request) =>
      down ? Promise.resolve(fail('timeout')) : register(request);
    const engine = createSyncEngine({ db, transport, now: () => clock, random: () => 0, timers });
    engine.start();
    const first = await engine.syncNow();
    const second = await engine.syncNow();
    expect(first.lastError?.reason).toBe('timeout');
    expect(second).toMatchObject({ lastSuccessAt: null, waiting: 1, running: false });
    expect(second.lastError?.message.ru).toContain('не ответил');
    // start() ran once and the first syncNow() joined it with one more run: three failures.
    expect(delays).toEqual([0.5, 1, 2].map((f) => SYNC_SCHEDULE.firstRetryMs * f));
    const [person] = await db.persons.toArray();
    expect((await readRecord(db, 'person', person?.id ?? ''))?.sync.state).toBe('pending');

    down = false;
    const recovered = await engine.syncNow();
    expect(recovered).toMatchObject({
      lastError: null,
      waiting: 0,
      lastSuccessAt: clock.toISOString(),
    });
    expect(delays.at(-1)).toBe(SYNC_SCHEDULE.regularMs * 0.8);
    expect((await readRecord(db, 'person', person?.id ?? ''))?.sync.state).toBe('synced');
    // After the run, at idle, the envelope itself is written synced (storage/settledSync.ts).
    await engine.settling();
    expect(await db.settledBatches.count()).toBe(0);
    expect(await db.persons.get(person?.id ?? '')).toMatchObject({
      record: { version: 1 },
      sync: { state: 'synced', version: 1 },
    });
  });

  it('says the tablet is not enrolled instead of trying without a token', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const engine = createSyncEngine({
      db,
      transport: register,
      now: () => clock,
      random: () => 0.5,
    });
    expect((await engine.syncNow()).lastError?.reason).toBe('not-enrolled');
  });

  it('runs once more when "sync now" is pressed during a run', async () => {
    const db = await enrolledDatabase();
    const { transport, calls } = countingRegister();
    const engine = createSyncEngine({ db, transport, now: () => clock, random: () => 0.5 });
    const first = engine.syncNow();
    const second = engine.syncNow();
    expect(second).toBe(first);
    await first;
    // push + pull + directory, then pull + directory (the outbox was empty on the second run)
    expect(calls()).toBe(5);
  });

  it('once paused, leaves nothing open on the database, so erasing it is not held back', async () => {
    const db = await enrolledDatabase();
    const paths: string[] = [];
    let answerPush: () => void = () => undefined;
    const transport: Transport = (request) => {
      paths.push(request.path);
      if (request.path !== '/api/sync/push') return register(request);
      return new Promise((resolve) => {
        answerPush = () => {
          resolve(register(request));
        };
      });
    };
    const { timers } = recordingTimers();
    const engine = createSyncEngine({ db, transport, now: () => clock, random: () => 0.5, timers });
    engine.start();
    await expect.poll(() => paths).toEqual(['/api/sync/push']);

    let paused = false;
    const pausing = engine.pause().then(() => {
      paused = true;
    });
    await Promise.resolve();
    expect(paused).toBe(false); // the push in flight is waited for
    answerPush();
    await pausing;
    const seen = paths.length;
    await engine.syncNow();
    expect(paths).toHaveLength(seen); // "sync now" is held back while paused

    let blocked = 0;
    db.on('blocked', () => {
      blocked += 1;
    });
    await db.delete();
    expect(blocked).toBe(0);
  });

  it('runs again on start() after a pause', async () => {
    const db = await enrolledDatabase();
    const { transport, calls } = countingRegister();
    const { timers } = recordingTimers();
    const engine = createSyncEngine({ db, transport, now: () => clock, random: () => 0.5, timers });
    await engine.pause();
    await engine.syncNow();
    expect(calls()).toBe(0);
    engine.start();
    await expect.poll(() => engine.status().lastSuccessAt).toBe(clock.toISOString());
    expect(calls()).toBeGreaterThan(0);
  });

  it('asks for the clinic directory without waiting for the pull, and ends once both are in', async () => {
    const db = await enrolledDatabase();
    let releasePull: () => void = () => undefined;
    let directoryAsked = false;
    let pullAsked = false;
    const transport: Transport = (request) => {
      if (request.path === '/api/clinic/directory') directoryAsked = true;
      if (request.path !== '/api/sync/pull') return register(request);
      pullAsked = true;
      return new Promise((resolve) => {
        releasePull = () => {
          resolve(register(request));
        };
      });
    };
    const engine = createSyncEngine({ db, transport, now: () => clock, random: () => 0.5 });
    let ended = false;
    const run = engine.syncNow().then((status) => {
      ended = true;
      return status;
    });
    // The pull is held: the directory is asked for (and answered) all the same, and the run
    // waits for the pull.
    await expect.poll(() => directoryAsked && pullAsked).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ended).toBe(false);
    releasePull();
    expect((await run).lastError).toBeNull();
    expect((await loadClinic(db))?.id).toBe(exampleClinic().id);
  });

  it('tells a failed pull before a failed directory, and a failed directory after a good pull', async () => {
    // The pull times out, the directory is refused by the register: two different reasons.
    const failing =
      (paths: readonly string[]): Transport =>
      (request) => {
        if (!paths.includes(request.path)) return register(request);
        return Promise.resolve(
          request.path === '/api/sync/pull'
            ? fail('timeout')
            : ok({ status: 500, body: { code: 'internal' } }),
        );
      };
    const engineWith = async (paths: readonly string[]) =>
      createSyncEngine({
        db: await enrolledDatabase(),
        transport: failing(paths),
        now: () => clock,
        random: () => 0.5,
      });
    const both = await engineWith(['/api/sync/pull', '/api/clinic/directory']);
    expect((await both.syncNow()).lastError?.reason).toBe('timeout');
    const directoryOnly = await engineWith(['/api/clinic/directory']);
    const status = await directoryOnly.syncNow();
    expect(status.lastError?.reason).toBe('register-error');
    expect(status.lastSuccessAt).toBeNull();
  });
});

describe('the sync engine when storage fails after a good run', () => {
  it('reports a storage failure and keeps its timer instead of rejecting', async () => {
    const db = await enrolledDatabase();
    const { delays, timers } = recordingTimers();
    const put = db.meta.put.bind(db.meta);
    let refuse = true;
    db.meta.put = ((row: Parameters<typeof put>[0]) =>
      refuse && row.key === 'sync:last-success'
        ? Promise.reject(new Error('QuotaExceededError'))
        : put(row)) as typeof db.meta.put;
    const engine = createSyncEngine({
      db,
      transport: register,
      now: () => clock,
      random: () => 0,
      timers,
    });
    engine.start();
    const failed = await engine.syncNow();
    expect(failed.lastError?.reason).toBe('storage-error');
    expect(failed.running).toBe(false);
    expect(delays.at(-1)).toBe(SYNC_SCHEDULE.firstRetryMs * 0.5 * 2);

    refuse = false;
    const recovered = await engine.syncNow();
    expect(recovered).toMatchObject({ lastError: null, lastSuccessAt: clock.toISOString() });
    expect(delays.at(-1)).toBe(SYNC_SCHEDULE.regularMs * 0.8);
  });
});
