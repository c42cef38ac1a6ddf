import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { OpId, PersonId } from '../core/ids';
import { newId } from '../core/ids';
import { examplePerson } from '../core/records/examples';
import { openDatabase } from './database';
import { acceptedAsSent, personAsRead } from './answersFixture';
import { recordIdOf, takeBatch } from './outbox';
import { applyAnswers } from './outboxAnswers';
import { registrarWriting } from './pageFixture';
import { REGISTER_RECORD_KEY, writeRecord } from './records';
import { settleWritten } from './settledSync';
import { countSettled } from './settledWrites';

// The register's answers applied to a batch taken from the outbox (outboxAnswers.ts): what
// each answer leaves in the outbox and on the record's envelope, as the desk reads it.

const context = registrarWriting();

function fresh() {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

describe('the register’s answers applied to the outbox', () => {
  it('reads the record synced at the register’s version once accepted, and empties the outbox', async () => {
    const db = fresh();
    const person = examplePerson();
    await writeRecord(db, person, context);
    const written = await db.persons.get(person.id);
    const batch = await takeBatch(db, 100);
    const opId = batch.entries[0]?.op.opId ?? ('' as OpId);
    await applyAnswers(db, batch, [{ opId, status: 'accepted', seq: 7, version: 1 }]);
    expect(await db.outbox.count()).toBe(0);
    expect(await personAsRead(db, person.id)).toMatchObject({
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
    expect(await db.settledBatches.toArray()).toEqual([
      {
        key: 1,
        kind: 'person',
        ids: [person.id],
        versions: [4],
        first: person.id,
        last: person.id,
      },
    ]);
    expect(await personAsRead(db, person.id)).toMatchObject({
      sync: { state: 'synced', version: 4 },
    });

    expect(await settleWritten(db, 10)).toBe(1);
    expect(await countSettled(db)).toBe(0);
    expect(await db.settledBatches.count()).toBe(0);
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
    expect(await personAsRead(db, person.id)).toMatchObject({
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
    expect(await personAsRead(db, person.id)).toHaveProperty(REGISTER_RECORD_KEY);

    const second = await takeBatch(db, 100);
    const secondOp = second.entries[0]?.op.opId ?? ('' as OpId);
    await applyAnswers(db, second, [{ opId: secondOp, status: 'accepted', seq: 8, version: 2 }]);
    const row = await personAsRead(db, person.id);
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
    expect((await personAsRead(db, person.id))?.sync).toEqual({
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
    expect((await personAsRead(db, person.id))?.sync.state).toBe('pending');
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
    expect((await personAsRead(db, person.id))?.sync.state).toBe('pending');
    await applyAnswers(db, batch, acceptedAsSent(batch, 7));
    expect((await personAsRead(db, person.id))?.sync).toEqual({ state: 'pending', version: 0 });
    expect((await personAsRead(db, other.id))?.sync).toEqual({ state: 'synced', version: 1 });
    const next = await takeBatch(db, 2);
    expect(next.entries.map((entry) => entry.op.record)).toMatchObject([
      { id: person.id, phone: '+79140000007' },
    ]);
  });

  it('tells the batch’s records apart from another record whose op lies among their ids', async () => {
    const db = fresh();
    const people = Array.from({ length: 9 }, (_, n) =>
      examplePerson({ id: newId(context.now, context.random), phone: `+791400000${40 + n}` }),
    );
    const [other] = people.splice(4, 1);
    const edited = people.at(-1);
    if (other === undefined || edited === undefined) throw new Error('nine persons');
    // The eight queued first, the fifth id last: a batch of eight carries the eight, and the
    // other's op lies among their ids (in the span read, not one of the batch's).
    for (const person of [...people, other]) await writeRecord(db, person, context);
    const batch = await takeBatch(db, 8);
    expect(batch.entries.map((entry) => recordIdOf(entry.op))).toEqual(people.map((p) => p.id));
    await writeRecord(db, { ...edited, phone: '+79140000049' }, context);
    await applyAnswers(db, batch, acceptedAsSent(batch, 7));
    for (const person of people.slice(0, -1)) {
      expect((await personAsRead(db, person.id))?.sync).toEqual({ state: 'synced', version: 1 });
    }
    expect((await personAsRead(db, other.id))?.sync).toEqual({ state: 'pending', version: 0 });
    expect((await personAsRead(db, edited.id))?.sync).toEqual({ state: 'pending', version: 0 });
    const next = await takeBatch(db, 100);
    expect(next.entries.map((entry) => entry.op.record)).toMatchObject([
      { id: other.id },
      { id: edited.id, phone: '+79140000049' },
    ]);
  });

  it('finds an edit made while sending when the batch’s ids span many other queued records', async () => {
    const db = fresh();
    const many = Array.from({ length: 10 }, (_, n) =>
      examplePerson({ id: newId(context.now, context.random), phone: `+791400001${10 + n}` }),
    );
    for (const person of many) await writeRecord(db, person, context);
    // Its id sorts before all of theirs: the next batch's span holds their ten ops too.
    const old = examplePerson({ id: '00000000-0000-7000-8000-000000000001' as PersonId });
    const last = examplePerson({ id: newId(context.now, context.random) });
    await writeRecord(db, old, context);
    await writeRecord(db, last, context);
    const first = await takeBatch(db, 10);
    const batch = await takeBatch(db, 10, [first]);
    expect(batch.entries.map((entry) => entry.op.record)).toMatchObject([
      { id: old.id },
      { id: last.id },
    ]);
    await writeRecord(db, { ...old, phone: '+79140000119' }, context);
    await applyAnswers(db, batch, acceptedAsSent(batch, 20));
    expect((await personAsRead(db, old.id))?.sync).toEqual({ state: 'pending', version: 0 });
    expect((await personAsRead(db, last.id))?.sync).toEqual({ state: 'synced', version: 1 });
    expect((await personAsRead(db, many[0]?.id ?? ''))?.sync.state).toBe('pending');
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
    expect(await personAsRead(db, person.id)).toMatchObject({
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

    expect((await personAsRead(db, people[0]?.id ?? ''))?.sync).toEqual({
      state: 'synced',
      version: 1,
    });
    const queued = await db.outbox.toArray();
    expect(queued.map((row) => [row.opId, row.state])).toEqual(
      unanswered.map((entry) => [entry.op.opId, 'queued']),
    );
    for (const person of people.slice(1)) {
      expect((await personAsRead(db, person.id))?.sync).toEqual({ state: 'pending', version: 0 });
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
});
