import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { newId } from '../core/ids';
import type { OpAnswer, PushOp, PushRequest } from '../core/protocol/sync';
import { SYNC_PROTOCOL_VERSION } from '../core/protocol/sync';
import { examplePerson } from '../core/records/examples';
import type { PersonRecord } from '../core/records/person';
import { fail, ok } from '../core/result';
import { openDatabase } from '../storage/database';
import type { WriteContext } from '../storage/records';
import { readRecord, writeRecord } from '../storage/records';
import { pushOutbox } from './syncRun';
import type { Transport } from './transport';

// A push overlapped with the network (syncRun.ts): the next batch is taken while one is out,
// and never with a record of a batch still out; it is sent once that one is answered, or at
// once when the register has said it applies pushes in order (two out at most). The pull's
// side is syncPullOverlap.test.ts.

const clock = new Date('2026-11-26T10:00:00.000Z');
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const context: WriteContext = { role: 'registrar', now: () => clock, random };
const credentials = { tabletId: '0193a0b0-0000-7000-8000-0000000000aa', token: 'k3V6u2a5' };

function fresh() {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

function person(): PersonRecord {
  return examplePerson({ id: newId(() => clock, random) });
}

const idOf = (op: PushOp) => (op.record as { id: string }).id;

/**
 * A register whose push answers wait until the test lets them go, one request at a time;
 * `inOrder` says, as a register of issue #14 does, that it applies pushes in order.
 */
function heldRegister(answer: (op: PushOp) => OpAnswer = accept, inOrder?: true) {
  const sent: PushOp[][] = [];
  const afters: (string | undefined)[] = [];
  const waiting: (() => void)[] = [];
  let out = 0;
  let mostOut = 0;
  const transport: Transport = async (request) => {
    const { ops, after } = request.body as PushRequest;
    sent.push(ops);
    afters.push(after);
    out += 1;
    mostOut = Math.max(mostOut, out);
    await new Promise<void>((release) => waiting.push(release));
    out -= 1;
    const answers = ops.map(answer);
    const body = { protocolVersion: SYNC_PROTOCOL_VERSION, answers, inOrder };
    return ok({ status: 200, body });
  };
  const releaseNext = async () => {
    await vi.waitFor(() => {
      expect(waiting.length).toBeGreaterThan(0);
    });
    waiting.shift()?.();
  };
  return { transport, sent, afters, releaseNext, mostOut: () => mostOut };
}

function accept(op: PushOp): OpAnswer {
  return { opId: op.opId, status: 'accepted', seq: 1, version: 1 };
}

describe('a push overlapped with the network', () => {
  it('takes the next batch while one is out, and sends it only once that one is answered', async () => {
    const db = fresh();
    const people = [person(), person(), person(), person()];
    for (const one of people) await writeRecord(db, one, context);
    const edited = { ...people[2], phone: '+79140000004' } as PersonRecord;
    await writeRecord(db, edited, context);
    const register = heldRegister();
    // Which records' queued ops have been read; taking a batch only reads (outbox.ts).
    const read: string[] = [];
    db.outbox.hook('reading', (row) => {
      read.push(row.recordId);
      return row;
    });
    const pushed = pushOutbox(db, register.transport, credentials, 2);

    // While the first request waits, the second batch is already taken.
    await vi.waitFor(() => {
      expect(read).toContain(people[3]?.id);
    });
    expect(register.sent).toHaveLength(1);
    await register.releaseNext();
    await register.releaseNext();
    await register.releaseNext();
    expect(await pushed).toEqual({ ok: true, value: 5 });

    // The third person's later edit waited for the batch carrying its first op.
    expect(register.sent.map((ops) => ops.map(idOf))).toEqual([
      [people[0]?.id, people[1]?.id],
      [people[2]?.id, people[3]?.id],
      [people[2]?.id],
    ]);
    expect(register.sent[2]?.[0]?.record).toMatchObject({ phone: '+79140000004' });
    expect(register.mostOut()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
    expect((await readRecord(db, 'person', people[2]?.id ?? ''))?.sync.state).toBe('synced');
  });

  it('keeps two batches out once the register says it applies them in order, each naming the batch before', async () => {
    const db = fresh();
    const people = [person(), person(), person(), person(), person(), person()];
    for (const one of people) await writeRecord(db, one, context);
    const register = heldRegister(accept, true);
    const pushed = pushOutbox(db, register.transport, credentials, 1);

    // The first batch goes alone: a register of before could apply the next one first.
    await vi.waitFor(() => {
      expect(register.sent).toHaveLength(1);
    });
    await register.releaseNext();
    // Its answer says `inOrder`: two out at once, each after the last op of the one before.
    await vi.waitFor(() => {
      expect(register.sent).toHaveLength(3);
    });
    expect(register.mostOut()).toBe(2);
    for (let i = 0; i < 5; i++) await register.releaseNext();
    expect(await pushed).toEqual({ ok: true, value: 6 });

    const opIds = register.sent.map((ops) => ops[0]?.opId);
    expect(register.sent.map((ops) => ops.map(idOf))).toEqual(people.map((one) => [one.id]));
    expect(register.afters).toEqual([undefined, ...opIds.slice(0, -1)]);
    expect(register.mostOut()).toBe(2);
    expect(await db.outbox.count()).toBe(0);
  });

  it('ends a run whose batch failed with later ones out only once those are answered, reporting that failure', async () => {
    const db = fresh();
    for (const one of [person(), person(), person()]) await writeRecord(db, one, context);
    const answered: string[] = [];
    let request = 0;
    const transport: Transport = async (sent) => {
      const { ops } = sent.body as PushRequest;
      request += 1;
      const mine = request;
      // The second batch fails; the third, out meanwhile, is refused once it has waited.
      if (mine === 2) return fail('offline', 'the link dropped');
      if (mine === 3) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        answered.push('third');
        const refused = { error: { code: 'push-out-of-order', message: 'send both again' } };
        return ok({ status: 409, body: refused });
      }
      const answers = ops.map(accept);
      return ok({
        status: 200,
        body: { protocolVersion: SYNC_PROTOCOL_VERSION, answers, inOrder: true },
      });
    };
    const pushed = await pushOutbox(db, transport, credentials, 1);
    expect(pushed).toMatchObject({ ok: false, reason: 'offline' });
    expect(answered).toEqual(['third']);
    // The first batch's answers were applied; the other two records wait for the next run.
    expect(await db.outbox.count()).toBe(2);
  });

  it('reads the backlog once per push, each body reporting it less what was settled before it was built', async () => {
    const db = fresh();
    for (const one of [person(), person(), person(), person(), person()]) {
      await writeRecord(db, one, context);
    }
    const reported: unknown[] = [];
    let reads = 0;
    const backlog = () => {
      reads += 1;
      return Promise.resolve({ records: 5, oldestAgeSeconds: 60 });
    };
    const transport: Transport = (request) => {
      const body = request.body as PushRequest;
      reported.push(body.backlog);
      const answers = body.ops.map(accept);
      const answer = { protocolVersion: SYNC_PROTOCOL_VERSION, answers };
      return Promise.resolve(ok({ status: 200, body: answer }));
    };
    const pushed = await pushOutbox(db, transport, { ...credentials, backlog }, 2);
    expect(pushed).toEqual({ ok: true, value: 5 });
    expect(reads).toBe(1);
    // The second body was built while the first batch was out, the third after its answers.
    expect(reported.map((sent) => (sent as { records: number }).records)).toEqual([5, 5, 3]);
  });

  it('never sends an edit queued behind a batch whose answer is a conflict', async () => {
    const db = fresh();
    const [first, second, third] = [person(), person(), person()];
    for (const one of [first, second, third]) await writeRecord(db, one, context);
    await writeRecord(db, { ...first, phone: '+79140000003' }, context);
    const register = heldRegister((op) =>
      idOf(op) === first.id
        ? {
            opId: op.opId,
            status: 'conflict',
            seq: 1,
            version: 2,
            fields: ['phone'],
            record: { ...first, phone: '+79140000002', version: 2 },
          }
        : accept(op),
    );
    const pushed = pushOutbox(db, register.transport, credentials, 2);
    await register.releaseNext();
    await register.releaseNext();
    expect(await pushed).toEqual({ ok: true, value: 3 });

    expect(register.sent.map((ops) => ops.map(idOf))).toEqual([[first.id, second.id], [third.id]]);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.persons.get(first.id)).toMatchObject({
      sync: { state: 'conflict', version: 2 },
      conflict: { tabletRecord: { phone: '+79140000003' } },
    });
  });
});
