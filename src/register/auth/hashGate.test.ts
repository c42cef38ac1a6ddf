import { describe, expect, it } from 'vitest';
import { createHashGate } from './hashGate';

/** A task that finishes when the test says so. */
function controlled() {
  let finish: () => void = () => undefined;
  const done = new Promise<string>((resolve) => {
    finish = () => {
      resolve('hashed');
    };
  });
  return {
    task: () => done,
    finish: () => {
      finish();
    },
  };
}

describe('the password-hash gate', () => {
  it('runs at most `concurrency` hashes at once and starts a waiting one when a slot frees', async () => {
    const gate = createHashGate({ concurrency: 1, maxQueued: 4, maxWaitMs: 10_000 });
    const first = controlled();
    const second = controlled();
    const running = gate.run('10.0.0.1', first.task);
    const waiting = gate.run('10.0.0.2', second.task);
    await Promise.resolve();
    expect(gate.load()).toEqual({ running: 1, waiting: 1 });
    first.finish();
    expect(await running).toEqual({ ran: true, value: 'hashed' });
    second.finish();
    expect(await waiting).toEqual({ ran: true, value: 'hashed' });
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses when the queue is full, after the busy pause, without running the task', async () => {
    const gate = createHashGate({
      concurrency: 1,
      maxQueued: 1,
      maxWaitMs: 10_000,
      busyDelayMs: 30,
    });
    const busy = controlled();
    const queued = controlled();
    const running = gate.run('a', busy.task);
    const waiting = gate.run('b', queued.task);
    let ranThird = false;
    const asked = Date.now();
    const third = await gate.run('c', () => {
      ranThird = true;
      return Promise.resolve('hashed');
    });
    expect(third).toEqual({ ran: false });
    expect(Date.now() - asked).toBeGreaterThanOrEqual(25);
    expect(gate.load()).toEqual({ running: 1, waiting: 1 });
    expect(ranThird).toBe(false);
    busy.finish();
    queued.finish();
    await Promise.all([running, waiting]);
  });

  it('refuses a request that waited longer than maxWaitMs', async () => {
    const gate = createHashGate({ concurrency: 1, maxQueued: 4, maxWaitMs: 20 });
    const busy = controlled();
    const running = gate.run('a', busy.task);
    expect(await gate.run('b', () => Promise.resolve('late'))).toEqual({ ran: false });
    expect(gate.load().waiting).toBe(0);
    busy.finish();
    await running;
  });

  it('lets an address that signed in before go ahead of the queue of strangers', async () => {
    const gate = createHashGate({ concurrency: 1, maxQueued: 8, maxWaitMs: 10_000 });
    gate.trust('192.0.2.10');
    const busy = controlled();
    const order: string[] = [];
    const running = gate.run('198.51.100.1', busy.task);
    const strangers = [1, 2, 3].map((n) =>
      gate.run(`198.51.100.${n + 1}`, () => {
        order.push(`stranger-${n}`);
        return Promise.resolve('x');
      }),
    );
    const clerk = gate.run('192.0.2.10', () => {
      order.push('clerk');
      return Promise.resolve('x');
    });
    busy.finish();
    await Promise.all([running, ...strangers, clerk]);
    expect(order[0]).toBe('clerk');
  });
});
