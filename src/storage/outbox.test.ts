import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { OpId } from '../core/ids';
import { newId } from '../core/ids';
import { examplePerson } from '../core/records/examples';
import type { SeroDeskDatabase } from './database';
import { openDatabase } from './database';
import { applyAnswers, resetSending, takeBatch } from './outbox';
import type { WriteContext } from './records';
import { REGISTER_RECORD_KEY, writeRecord } from './records';
import { settledRows, settleWritten } from './settledSync';
import { acceptedAsSent } from './answersFixture';

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

/** A person's envelope as the desk reads it (settledSync.ts). */
async function read(db: SeroDeskDatabase, id: string) {
  const [row] = await settledRows(db, [await db.persons.get(id)]);
  return row;
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
    expect((await read(db, person.id))?.sync.state).toBe('pending');
  });

  it('reads the record synced at the register’s version once accepted, and empties the outbox', async () => {
    const db = fresh();
    const person = examplePerson();
    await writeRecord(db, person, context);
    const written = await db.persons.get(person.id);
    const batch = await takeBatch(db, 100);
    const opId = batch.entries[0]?.op.opId ?? ('' as OpId);
    await applyAnswers(db, batch, [{ opId, status: 'accepted', seq: 7, version: 1 }]);
    expect(await db.outbox.count()).toBe(0);
    expect(await read(db, person.id)).toMatchObject({
      record: { version: 1 },
      sync: { state: 'synced', version: 1 },
    });
    // Taken as sent: the envelope is not written again (issue #14), a settled row is.
    expect(await db.persons.get(person.id)).toEqual(written);
  });

  it('notes the register’s version beside the envelope, which settling at idle then writes', async () => {
    const db = fresh();
    const person = examplePerson();
    await writeRecord(db, person, context);
    const batch = await takeBatch(db, 100);
    const opId = batch.entries[0]?.op.opId ?? ('' as OpId);
    await applyAnswers(db, batch, [{ opId, status: 'accepted', seq: 7, version: 4 }]);
    expect(await db.settled.toArray()).toEqual([{ id: person.id, kind: 'person', version: 4 }]);
    expect(await read(db, person.id)).toMatchObject({ sync: { state: 'synced', version: 4 } });

    expect(await settleWritten(db, 10)).toBe(1);
    expect(await db.settled.count()).toBe(0);
    expect(await db.persons.get(person.id)).toMatchObject({
      record: { version: 4 },
      sync: { state: 'synced', version: 4 },
    });
    expect(await settleWritten(db, 10)).toBe(0);
  });

  it('adopts the register’s record when an accepted answer carries one, search keys and all', async () => {
    const db = fresh();
    const person = examplePerson();
    await writeRecord(db, person, context);
    const batch = await takeBatch(db, 100);
    const opId = batch.entries[0]?.op.opId ?? ('' as OpId);
    const merged = { ...person, phone: '+79140000004', version: 3 };
    await applyAnswers(db, batch, [
      { opId, status: 'accepted', seq: 7, version: 3, record: merged },
    ]);
    expect(await read(db, person.id)).toMatchObject({
      record: { phone: '+79140000004', version: 3 },
      phone: '+79140000004',
      sync: { state: 'synced', version: 3 },
    });
  });

  it('drops the register’s older record it kept while an edit waited, once the edit is accepted', async () => {
    const db = fresh();
    const person = examplePerson();
    await writeRecord(db, person, context);
    const first = await takeBatch(db, 100);
    const firstOp = first.entries[0]?.op.opId ?? ('' as OpId);
    await applyAnswers(db, first, [{ opId: firstOp, status: 'accepted', seq: 7, version: 1 }]);
    await writeRecord(db, { ...person, phone: '+79140000003' }, context);
    expect(await read(db, person.id)).toHaveProperty(REGISTER_RECORD_KEY);

    const second = await takeBatch(db, 100);
    const secondOp = second.entries[0]?.op.opId ?? ('' as OpId);
    await applyAnswers(db, second, [{ opId: secondOp, status: 'accepted', seq: 8, version: 2 }]);
    const row = await read(db, person.id);
    expect(row).toMatchObject({
      record: { phone: '+79140000003', version: 2 },
      phone: '+79140000003',
      sync: { state: 'synced', version: 2 },
    });
    expect(row).not.toHaveProperty(REGISTER_RECORD_KEY);
  });

  it('keeps a rejected op visible with its reason, and the record marked rejected', async () => {
    const db = fresh();
    const person = examplePerson();
    await writeRecord(db, person, context);
    const batch = await takeBatch(db, 100);
    const opId = batch.entries[0]?.op.opId ?? ('' as OpId);
    await applyAnswers(db, batch, [
      { opId, status: 'rejected', reason: 'unknown-author', message: { ru: 'р', en: 'e' } },
    ]);
    expect(await db.outbox.toArray()).toMatchObject([
      { state: 'rejected', reason: 'unknown-author' },
    ]);
    expect((await read(db, person.id))?.sync).toEqual({
      state: 'rejected',
      version: 0,
      reason: 'unknown-author',
    });
    expect((await takeBatch(db, 100)).entries).toHaveLength(0);
  });

  it('leaves an edit made while sending pending, and sends it next time', async () => {
    const db = fresh();
    const person = examplePerson();
    await writeRecord(db, person, context);
    const batch = await takeBatch(db, 100);
    await writeRecord(db, { ...person, phone: '+79140000008' }, context);
    const opId = batch.entries[0]?.op.opId ?? ('' as OpId);
    await applyAnswers(db, batch, [{ opId, status: 'accepted', seq: 7, version: 1 }]);
    expect((await read(db, person.id))?.sync.state).toBe('pending');
    const next = await takeBatch(db, 100);
    expect(next.entries[0]?.op.record).toMatchObject({ phone: '+79140000008' });
  });

  it('keeps a record pending when its later edit lies beyond the batch limit, and sends that edit next', async () => {
    const db = fresh();
    const person = examplePerson();
    const other = examplePerson({ id: newId(context.now, context.random) });
    await writeRecord(db, person, context);
    await writeRecord(db, other, context);
    await writeRecord(db, { ...person, phone: '+79140000007' }, context);
    const batch = await takeBatch(db, 2);
    expect(batch.entries.map((entry) => entry.op.record)).toMatchObject([
      { id: person.id, phone: person.phone },
      { id: other.id },
    ]);
    expect((await read(db, person.id))?.sync.state).toBe('pending');
    await applyAnswers(db, batch, acceptedAsSent(batch, 7));
    expect((await read(db, person.id))?.sync).toEqual({ state: 'pending', version: 0 });
    expect((await read(db, other.id))?.sync).toEqual({ state: 'synced', version: 1 });
    const next = await takeBatch(db, 2);
    expect(next.entries.map((entry) => entry.op.record)).toMatchObject([
      { id: person.id, phone: '+79140000007' },
    ]);
  });

  it('drops an edit queued while sending when the answer is a conflict, keeping it in the note', async () => {
    const db = fresh();
    const person = examplePerson();
    await writeRecord(db, person, context);
    const batch = await takeBatch(db, 100);
    await writeRecord(db, { ...person, phone: '+79140000006' }, context);
    const opId = batch.entries[0]?.op.opId ?? ('' as OpId);
    const registers = { ...person, phone: '+79140000005', version: 2 };
    await applyAnswers(db, batch, [
      { opId, status: 'conflict', seq: 9, version: 2, fields: ['phone'], record: registers },
    ]);
    expect(await db.outbox.count()).toBe(0);
    expect(await read(db, person.id)).toMatchObject({
      record: { phone: '+79140000005' },
      sync: { state: 'conflict', version: 2 },
      conflict: { fields: ['phone'], tabletRecord: { phone: '+79140000006' } },
    });
  });

  it('keeps the ops that got no answer queued and their records pending, acknowledging only the answered', async () => {
    const db = fresh();
    const people = [1, 2, 3].map((n) =>
      examplePerson({ id: newId(context.now, context.random), phone: `+7914000000${n}` }),
    );
    for (const person of people) await writeRecord(db, person, context);
    const batch = await takeBatch(db, 100);
    expect(batch.entries).toHaveLength(3);
    const [answered, ...unanswered] = batch.entries;
    const opId = answered?.op.opId ?? ('' as OpId);
    // The register answered the first op only (a cut reply, a register answering part).
    await applyAnswers(db, batch, [{ opId, status: 'accepted', seq: 7, version: 1 }]);

    expect((await read(db, people[0]?.id ?? ''))?.sync).toEqual({
      state: 'synced',
      version: 1,
    });
    const queued = await db.outbox.toArray();
    expect(queued.map((row) => [row.opId, row.state])).toEqual(
      unanswered.map((entry) => [entry.op.opId, 'queued']),
    );
    for (const person of people.slice(1)) {
      expect((await read(db, person.id))?.sync).toEqual({ state: 'pending', version: 0 });
    }
    const next = await takeBatch(db, 100);
    expect(next.entries.map((entry) => entry.op.opId)).toEqual(
      unanswered.map((entry) => entry.op.opId),
    );
  });

  it('deletes the answered ops on both sides of a refused one, keeping it and the unanswered', async () => {
    const db = fresh();
    const people = [1, 2, 3, 4, 5, 6].map((n) =>
      examplePerson({ id: newId(context.now, context.random), phone: `+7914000002${n}` }),
    );
    for (const person of people) await writeRecord(db, person, context);
    const batch = await takeBatch(db, 100);
    const [a, b, refused, c, d, unanswered] = batch.entries.map((entry) => entry.op.opId);
    const accepted = [a, b, c, d].map((opId, at) => ({
      opId: opId ?? ('' as OpId),
      status: 'accepted' as const,
      seq: 10 + at,
      version: 1,
    }));
    await applyAnswers(db, batch, [
      ...accepted,
      {
        opId: refused ?? ('' as OpId),
        status: 'rejected',
        reason: 'unknown-author',
        message: { ru: 'р', en: 'e' },
      },
    ]);
    const left = await db.outbox.toArray();
    expect(left.map((row) => [row.opId, row.state])).toEqual([
      [refused, 'rejected'],
      [unanswered, 'queued'],
    ]);
  });

  it('leaves a batch that is never answered queued and pending, and sends the same ops again', async () => {
    const db = fresh();
    const person = examplePerson();
    await writeRecord(db, person, context);
    const lost = await takeBatch(db, 100);
    expect((await read(db, person.id))?.sync.state).toBe('pending');
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
    expect((await read(db, person.id))?.sync.state).toBe('pending');
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('taking a batch while another is out', () => {
  it('takes the ops after that batch, skipping refused ones, and stops before a record it carries', async () => {
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

    const next = await takeBatch(db, 10, out);
    const ids = (batch: typeof next) =>
      batch.entries.map((entry) => (entry.op.record as { id: string }).id);
    expect(ids(out)).toEqual([first.id]);
    // The second person's op is refused; the first person's edit waits for `out`'s answer.
    expect(ids(next)).toEqual([people[2]?.id, people[3]?.id]);
    expect((await read(db, people[2]?.id ?? ''))?.sync.state).toBe('pending');
  });
});
