import { describe, expect, it } from 'vitest';
import type { PushOrder } from './pushOrder';
import { pushOrder } from './pushOrder';

// The order gate alone, on a clock the test moves: `answered` stands for the database's
// sync_op rows, `sleep` advances the clock by what it is asked to wait.

function gate(answered: Set<string>) {
  let clock = 0;
  const sleeps: number[] = [];
  const order: PushOrder = pushOrder({
    waitMs: 3000,
    pollMs: 25,
    now: () => clock,
    sleep: (ms) => {
      sleeps.push(ms);
      clock += ms;
      return Promise.resolve();
    },
  });
  const isAnswered = (opId: string) => Promise.resolve(answered.has(opId));
  return { order, isAnswered, sleeps };
}

/** A push whose work waits until released, then stores its ops' answers (or fails). */
function heldWork(answered: Set<string>, opIds: readonly string[], fails = false) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const apply = async () => {
    await released;
    if (fails) throw new Error('rolled back');
    for (const opId of opIds) answered.add(opId);
    return opIds;
  };
  return { apply, release };
}

describe('pushes of one tablet taken in turn', () => {
  it('applies a push naming an op of a push still being answered only once that one has committed', async () => {
    const answered = new Set<string>();
    const { order, isAnswered, sleeps } = gate(answered);
    const first = heldWork(answered, ['a', 'b']);
    const applied: string[] = [];
    const one = order.inTurn(
      { tabletId: 't', opIds: ['a', 'b'], after: undefined },
      isAnswered,
      first.apply,
    );
    const two = order.inTurn({ tabletId: 't', opIds: ['c'], after: 'b' }, isAnswered, () => {
      applied.push('c');
      return Promise.resolve('two');
    });
    await Promise.resolve();
    expect(applied).toEqual([]);
    first.release();
    expect(await one).toEqual({ inTurn: true, value: ['a', 'b'] });
    expect(await two).toEqual({ inTurn: true, value: 'two' });
    // Waiting on a push in this process polls nothing.
    expect(sleeps).toEqual([]);
  });

  it('refuses at once a push naming an op of a push that failed', async () => {
    const answered = new Set<string>();
    const { order, isAnswered, sleeps } = gate(answered);
    const first = heldWork(answered, ['a'], true);
    const one = order.inTurn(
      { tabletId: 't', opIds: ['a'], after: undefined },
      isAnswered,
      first.apply,
    );
    let ran = false;
    const two = order.inTurn({ tabletId: 't', opIds: ['b'], after: 'a' }, isAnswered, () => {
      ran = true;
      return Promise.resolve();
    });
    first.release();
    await expect(one).rejects.toThrow('rolled back');
    expect(await two).toEqual({ inTurn: false });
    expect(ran).toBe(false);
    expect(sleeps).toEqual([]);
  });

  it('waits for an op no push here carries until it is answered, or refuses after the wait', async () => {
    const answered = new Set<string>();
    const { order, isAnswered, sleeps } = gate(answered);
    const never = await order.inTurn({ tabletId: 't', opIds: ['b'], after: 'x' }, isAnswered, () =>
      Promise.resolve('ran'),
    );
    expect(never).toEqual({ inTurn: false });
    expect(sleeps.reduce((sum, ms) => sum + ms, 0)).toBe(3000);

    // Answered meanwhile (another register process, or a request that arrived late).
    const late = order.inTurn({ tabletId: 't', opIds: ['c'], after: 'y' }, isAnswered, () =>
      Promise.resolve('ran'),
    );
    answered.add('y');
    expect(await late).toEqual({ inTurn: true, value: 'ran' });
  });

  it('never holds a push for another tablet, nor for a push that arrived after it', async () => {
    const answered = new Set<string>();
    const { order, isAnswered } = gate(answered);
    const other = heldWork(answered, ['a']);
    const elsewhere = order.inTurn(
      { tabletId: 'u', opIds: ['a'], after: undefined },
      isAnswered,
      other.apply,
    );
    // Tablet t names 'a' too: tablet u's push is not its own, so it is not waited on.
    const mine = await order.inTurn({ tabletId: 't', opIds: ['b'], after: 'a' }, isAnswered, () =>
      Promise.resolve('ran'),
    );
    expect(mine).toEqual({ inTurn: false });
    other.release();
    await elsewhere;

    // Two pushes naming each other: the first cannot wait on the later one, so neither hangs.
    const first = order.inTurn({ tabletId: 't', opIds: ['p'], after: 'q' }, isAnswered, () =>
      Promise.resolve('p'),
    );
    const second = order.inTurn({ tabletId: 't', opIds: ['q'], after: 'p' }, isAnswered, () =>
      Promise.resolve('q'),
    );
    expect(await first).toEqual({ inTurn: false });
    expect(await second).toEqual({ inTurn: false });
  });
});
