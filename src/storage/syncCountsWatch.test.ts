import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { PersonId } from '../core/ids';
import { newId } from '../core/ids';
import { examplePerson } from '../core/records/examples';
import { openDatabase } from './database';
import type { WriteContext } from './records';
import { writeRecord } from './records';
import { acceptedAsSent } from './answersFixture';
import { takeBatch } from './outbox';
import { applyAnswers } from './outboxAnswers';
import type { SyncCounts } from './syncCounts';
import type { Schedule } from './syncCountsWatch';
import { SYNC_COUNTS_COST_SHARE, watchSyncCounts } from './syncCountsWatch';

let counter = 0;
const random = (n: number) => {
  counter += 1;
  return new Uint8Array(n).map((_, i) => (counter * 31 + i) % 256);
};
const written: WriteContext = {
  role: 'registrar',
  now: () => new Date('2026-11-29T12:00:00Z'),
  random,
};

function person() {
  return examplePerson({ id: newId<PersonId>(() => new Date('2026-11-28T00:00:00Z'), random) });
}

/** A clock and timer the test moves by hand: each scheduled count waits for `runDue`. */
function manualClock() {
  let time = 0;
  let pending: { run: () => void; ms: number }[] = [];
  const schedule: Schedule = (run, ms) => {
    const entry = { run, ms };
    pending.push(entry);
    return () => {
      pending = pending.filter((other) => other !== entry);
    };
  };
  return {
    schedule,
    now: () => time,
    set: (ms: number) => {
      time = ms;
    },
    waits: () => pending.map((entry) => entry.ms),
    runDue: () => {
      const due = pending;
      pending = [];
      for (const entry of due) entry.run();
    },
  };
}

/** Every count a listener receives, and a way to wait for the next one. */
function recorder() {
  const seen: SyncCounts[] = [];
  let wake: (() => void) | undefined;
  return {
    seen,
    listener: {
      next: (counts: SyncCounts) => {
        seen.push(counts);
        wake?.();
      },
      error: (error: unknown) => {
        throw error;
      },
    },
    next: () =>
      new Promise<void>((resolve) => {
        wake = resolve;
      }),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

/** Runs the counts that are due and waits until the listener has the result. */
async function countNow(clock: ReturnType<typeof manualClock>, seen: ReturnType<typeof recorder>) {
  const counted = seen.next();
  clock.runDue();
  await counted;
}

/**
 * A watched empty database whose first count has been taken, counts at least 500 ms apart.
 * The database is open before the watch starts: creating its tables is a write to all of them.
 */
async function watchedAfterFirstCount() {
  const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  const clock = manualClock();
  const header = recorder();
  const stop = watchSyncCounts(db, header.listener, { ...clock, gapMs: 500 });
  await countNow(clock, header);
  return { db, clock, header, stop };
}

describe('the live sync counts shared by the header and the problems link', () => {
  it('counts once at the start and tells every listener, the later one from the same count', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    await writeRecord(db, person(), written);
    const clock = manualClock();
    const header = recorder();
    const stop = watchSyncCounts(db, header.listener, clock);
    expect(clock.waits()).toEqual([0]);
    await countNow(clock, header);
    const link = recorder();
    const stopLink = watchSyncCounts(db, link.listener, clock);
    expect(header.seen).toEqual([{ waiting: 1, rejected: 0, conflicts: 0 }]);
    expect(link.seen).toEqual([{ waiting: 1, rejected: 0, conflicts: 0 }]);
    expect(clock.waits()).toEqual([]);
    stop();
    stopLink();
  });

  it('answers a burst of writes soon after a count with one count once the gap has passed', async () => {
    const { db, clock, header, stop } = await watchedAfterFirstCount();
    clock.set(100);
    for (let i = 0; i < 3; i += 1) await writeRecord(db, person(), written);
    await settle();
    expect(clock.waits()).toEqual([400]);
    await countNow(clock, header);
    expect(header.seen).toEqual([
      { waiting: 0, rejected: 0, conflicts: 0 },
      { waiting: 3, rejected: 0, conflicts: 0 },
    ]);
    stop();
  });

  it('counts a write after a quiet moment at once, and stops with its last listener', async () => {
    const { db, clock, header, stop } = await watchedAfterFirstCount();
    clock.set(10_000);
    await writeRecord(db, person(), written);
    await settle();
    expect(clock.waits()).toEqual([0]);
    await countNow(clock, header);
    expect(header.seen.at(-1)).toEqual({ waiting: 1, rejected: 0, conflicts: 0 });
    stop();
    await writeRecord(db, person(), written);
    await settle();
    expect(clock.waits()).toEqual([]);
  });
  // Chromium counts an index by walking it: with thousands of records waiting a count takes a
  // fifth of a second of the database's thread, which every write of the push waits on.
  describe('when a count was costly', () => {
    /** A count at 10 s that took 300 ms, one record waiting; then a second record written. */
    async function afterCostlyCount() {
      const watched = await watchedAfterFirstCount();
      const { db, clock, header } = watched;
      clock.set(10_000);
      await writeRecord(db, person(), written);
      await settle();
      const counted = header.next();
      clock.runDue();
      clock.set(10_300); // read when the count ends: it took 300 ms
      await counted;
      await settle();
      clock.set(10_400);
      await writeRecord(db, person(), written);
      await settle();
      return watched;
    }

    it('counts again only ten times its duration later while ops stay queued, asking every 500 ms whether any is', async () => {
      const { clock, header, stop } = await afterCostlyCount();
      expect(SYNC_COUNTS_COST_SHARE).toBe(10);
      // The probes: 500 ms after the count, then every 500 ms; the count 3 s after the last.
      expect(clock.waits()).toEqual([100]);
      for (const at of [10_500, 11_000, 11_500, 12_000, 12_500]) {
        clock.set(at);
        clock.runDue();
        await settle();
        expect(clock.waits()).toEqual([500]);
        expect(header.seen).toHaveLength(2);
      }
      clock.set(13_000);
      await countNow(clock, header);
      expect(header.seen.at(-1)).toEqual({ waiting: 2, rejected: 0, conflicts: 0 });
      stop();
    });

    it('counts at the first probe that finds the outbox empty: the header says "all sent" then', async () => {
      const { db, clock, header, stop } = await afterCostlyCount();
      // The push: both ops taken and answered "accepted as sent".
      const batch = await takeBatch(db, 10);
      await applyAnswers(db, batch, acceptedAsSent(batch));
      await settle();
      expect(clock.waits()).toEqual([100]); // the probe, not the count 3 s after the last
      clock.set(10_500);
      await countNow(clock, header); // the probe finds nothing queued and counts at once
      expect(header.seen.at(-1)).toEqual({ waiting: 0, rejected: 0, conflicts: 0 });
      stop();
    });
  });

  it('counts a save after a costly count that found nothing waiting once the plain gap has passed', async () => {
    const { db, clock, header, stop } = await watchedAfterFirstCount();
    // A count at 10 s, on a loaded machine, that took 300 ms and found nothing waiting.
    clock.set(10_000);
    await db.meta.put({ key: 'test:touch', value: 1 });
    await settle();
    const counted = header.next();
    clock.runDue();
    clock.set(10_300);
    await counted;
    expect(header.seen.at(-1)).toEqual({ waiting: 0, rejected: 0, conflicts: 0 });
    clock.set(10_400);
    await writeRecord(db, person(), written);
    await settle();
    expect(clock.waits()).toEqual([100]); // 500 ms after the count, not 3 s
    await countNow(clock, header);
    expect(header.seen.at(-1)).toEqual({ waiting: 1, rejected: 0, conflicts: 0 });
    stop();
  });

  it('says nothing when the database is erased with a count due, and counts no more', async () => {
    const { db, clock, stop } = await watchedAfterFirstCount();
    clock.set(10_000);
    await writeRecord(db, person(), written);
    await settle();
    expect(clock.waits()).toEqual([0]);
    await db.delete();
    // The header's listener throws on an error (recorder): the erase must not reach it.
    clock.runDue();
    await settle();
    expect(clock.waits()).toEqual([]);
    stop();
  });
});
