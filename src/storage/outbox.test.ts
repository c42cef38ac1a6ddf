import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { newId } from '../core/ids';
import { examplePerson } from '../core/records/examples';
import { openDatabase } from './database';
import { resetSending, takeBatch } from './outbox';
import type { WriteContext } from './records';
import { writeRecord } from './records';
import { personAsRead } from './answersFixture';

let counter = 0;
const context: WriteContext = {
  role: 'registrar',
  now: () => new Date('2026-11-26T10:00:00Z'),
  random: (n) => {
    counter += 1;
    return new Uint8Array(n).map((_, i) => (counter * 31 + i) % 256);
  },
};

function fresh() {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

describe('the outbox on the sync side', () => {
  it('sends two offline edits of one record as one op: the newest snapshot on the oldest base', async () => {
    const db = fresh();
    const person = examplePerson();
    await writeRecord(db, person, context);
    await writeRecord(db, { ...person, phone: '+79140000009' }, context);
    const rows = await db.outbox.toArray();
    const batch = await takeBatch(db, 100);
    expect(batch.entries).toHaveLength(1);
    expect(batch.entries[0]?.op).toMatchObject({
      opId: rows[1]?.opId,
      baseVersion: 0,
      record: { phone: '+79140000009' },
    });
    // Taking writes nothing: the desk shows the record waiting until the answer is in.
    expect((await personAsRead(db, person.id))?.sync.state).toBe('pending');
  });

  it('leaves a batch that is never answered queued and pending, and sends the same ops again', async () => {
    const db = fresh();
    const person = examplePerson();
    await writeRecord(db, person, context);
    const lost = await takeBatch(db, 100);
    expect((await personAsRead(db, person.id))?.sync.state).toBe('pending');
    expect(await db.outbox.count()).toBe(1);
    const again = await takeBatch(db, 100);
    expect(again.entries.map((entry) => entry.op.opId)).toEqual(
      lost.entries.map((entry) => entry.op.opId),
    );
  });

  it('turns a record an older release left "sending" (a crash mid-send) back to pending', async () => {
    const db = fresh();
    const person = examplePerson();
    await writeRecord(db, person, context);
    await db.persons.update(person.id, { sync: { state: 'sending', version: 0 } });
    await resetSending(db);
    expect((await personAsRead(db, person.id))?.sync.state).toBe('pending');
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('taking a batch while another is out', () => {
  it('takes the ops after the batches out, skipping refused ones, and stops before a record one of them carries', async () => {
    const db = fresh();
    const people = [1, 2, 3, 4].map((n) =>
      examplePerson({ id: newId(context.now, context.random), phone: `+7914000001${n}` }),
    );
    const [first] = people;
    if (first === undefined) throw new Error('no people');
    for (const person of people) await writeRecord(db, person, context);
    await writeRecord(db, { ...first, phone: '+79140000019' }, context);
    const out = await takeBatch(db, 1);
    const refused = (await db.outbox.toArray())[1];
    if (refused?.seq !== undefined) await db.outbox.update(refused.seq, { state: 'rejected' });

    const next = await takeBatch(db, 10, [out]);
    const ids = (batch: typeof next) =>
      batch.entries.map((entry) => (entry.op.record as { id: string }).id);
    expect(ids(out)).toEqual([first.id]);
    // The second person's op is refused; the first person's edit waits for `out`'s answer.
    expect(ids(next)).toEqual([people[2]?.id, people[3]?.id]);
    expect((await personAsRead(db, people[2]?.id ?? ''))?.sync.state).toBe('pending');
    // With both out, the edit still waits for the first; once that is answered, it comes next.
    expect((await takeBatch(db, 10, [out, next])).entries).toEqual([]);
    expect(ids(await takeBatch(db, 10, [next]))).toEqual([first.id]);
  });
});
