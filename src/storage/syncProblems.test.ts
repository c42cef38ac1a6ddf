import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { OpId, StaffId } from '../core/ids';
import type { OpAnswer } from '../core/protocol/sync';
import { exampleContract, examplePerson } from '../core/records/examples';
import type { PersonRecord } from '../core/records/person';
import { openDatabase } from './database';
import type { SeroDeskDatabase } from './database';
import { applyAnswers, takeBatch } from './outbox';
import type { WriteContext } from './records';
import { readRecord, writeRecord } from './records';
import { countSyncWork } from './syncCounts';
import { discardRejected, listSyncProblems, resolveConflict, retryRejected } from './syncProblems';

const REGISTRAR = '0193a0b0-0000-7000-8000-0000000000a1' as StaffId;
const ADMIN = '0193a0b0-0000-7000-8000-0000000000a2' as StaffId;
const NOW = new Date('2026-11-26T10:00:00Z');

let counter = 0;
function context(role: WriteContext['role'], staffId: StaffId = REGISTRAR): WriteContext {
  return {
    role,
    staffId,
    now: () => NOW,
    random: (n) => {
      counter += 1;
      return new Uint8Array(n).map((_, i) => (counter * 31 + i) % 256);
    },
  };
}

function fresh(): SeroDeskDatabase {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Sends the outbox and applies one answer built from the op, as the engine would. */
async function answerWith(
  db: SeroDeskDatabase,
  answer: (opId: OpId, record: unknown) => OpAnswer,
): Promise<void> {
  const batch = await takeBatch(db, 100);
  const op = batch.entries[0]?.op;
  if (op === undefined) throw new Error('nothing queued');
  await applyAnswers(db, batch, [answer(op.opId, op.record)]);
}

const accepted = (version: number) => (opId: OpId) =>
  ({ opId, status: 'accepted', seq: version, version }) as const;

/** A person synced at version 1, then edited here and answered with a phone clash. */
async function personInConflict(db: SeroDeskDatabase): Promise<PersonRecord> {
  const person = examplePerson({ phone: '+79140000001' });
  await writeRecord(db, person, context('registrar'));
  await answerWith(db, accepted(1));
  await writeRecord(
    db,
    { ...person, version: 1, phone: '+79140000004', address: 'Елизово' },
    context('registrar'),
  );
  await answerWith(db, (opId) => ({
    opId,
    status: 'conflict',
    seq: 3,
    version: 2,
    fields: ['phone'],
    record: { ...person, version: 2, phone: '+79140000003', address: 'Елизово' },
  }));
  return person;
}

async function rejectedPerson(db: SeroDeskDatabase, reason: 'unknown-author' | 'wrong-clinic') {
  const person = examplePerson();
  await writeRecord(db, person, context('registrar'));
  await answerWith(db, (opId) => ({
    opId,
    status: 'rejected',
    reason,
    message: { ru: 'р', en: 'e' },
  }));
  return person;
}

describe('an edit names its editor', () => {
  it('stamps updatedBy and updatedAt on an edit of an existing record, not on a new one', async () => {
    const db = fresh();
    const person = examplePerson();
    await writeRecord(db, person, context('registrar'));
    expect((await readRecord(db, 'person', person.id))?.record.updatedBy).toBeUndefined();
    await writeRecord(db, { ...person, phone: '+79140000009' }, context('admin', ADMIN));
    const stored = await readRecord(db, 'person', person.id);
    expect(stored?.record).toMatchObject({
      createdBy: person.createdBy,
      updatedBy: ADMIN,
      updatedAt: NOW.toISOString(),
    });
    expect((await db.outbox.toArray()).at(-1)?.record).toMatchObject({ updatedBy: ADMIN });
  });

  it('lets a paid contract be refunded by another member: the editor is not content', async () => {
    const db = fresh();
    const contract = exampleContract();
    await writeRecord(db, contract, context('registrar'));
    const refunded = await writeRecord(
      db,
      { ...contract, status: 'refunded', cancelReason: 'Отказ от услуги' },
      context('admin', ADMIN),
    );
    expect(refunded.ok).toBe(true);
    expect(refunded.ok && refunded.value.updatedBy).toBe(ADMIN);
  });
});

describe('conflicts', () => {
  it('lists a conflict with both versions and the clashing field', async () => {
    const db = fresh();
    const person = await personInConflict(db);
    const { conflicts, rejected } = await listSyncProblems(db);
    expect(rejected).toEqual([]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      kind: 'person',
      recordId: person.id,
      fields: ['phone'],
      register: { phone: '+79140000003', version: 2 },
      tablet: { phone: '+79140000004' },
      canKeepTablet: true,
    });
  });

  it('resolves to the tablet’s value as a new edit on the register’s version, in one step', async () => {
    const db = fresh();
    const person = await personInConflict(db);
    const resolved = await resolveConflict(
      db,
      'person',
      person.id,
      { phone: 'tablet' },
      context('registrar'),
    );
    expect(resolved).toEqual({ ok: true, value: { sent: true } });
    const row = await db.persons.get(person.id);
    expect(row?.sync).toEqual({ state: 'pending', version: 2 });
    expect(row?.['conflict']).toBeUndefined();
    expect(row?.record).toMatchObject({
      phone: '+79140000004',
      address: 'Елизово',
      updatedBy: REGISTRAR,
    });
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ baseVersion: 2, record: { phone: '+79140000004' } });
    expect((await listSyncProblems(db)).conflicts).toEqual([]);
    expect(await countSyncWork(db)).toEqual({ waiting: 1, rejected: 0, conflicts: 0 });
  });

  it('keeping the register’s value queues nothing and marks the record synced', async () => {
    const db = fresh();
    const person = await personInConflict(db);
    const resolved = await resolveConflict(
      db,
      'person',
      person.id,
      { phone: 'register' },
      context('registrar'),
    );
    expect(resolved).toEqual({ ok: true, value: { sent: false } });
    expect(await db.outbox.count()).toBe(0);
    expect((await db.persons.get(person.id))?.sync).toEqual({ state: 'synced', version: 2 });
    expect(await countSyncWork(db)).toEqual({ waiting: 0, rejected: 0, conflicts: 0 });
  });

  it('refuses a choice that leaves a clashing field out, or a role that may not write it', async () => {
    const db = fresh();
    const person = await personInConflict(db);
    expect(await resolveConflict(db, 'person', person.id, {}, context('registrar'))).toMatchObject({
      ok: false,
      reason: 'choice-incomplete',
      detail: 'phone',
    });
    expect(
      await resolveConflict(db, 'person', person.id, { phone: 'tablet' }, context('lab')),
    ).toMatchObject({ ok: false, reason: 'role-may-not-write' });
    expect((await db.persons.get(person.id))?.sync.state).toBe('conflict');
    expect(await db.outbox.count()).toBe(0);
  });

  it('answers a second resolution of the same conflict with problem-gone', async () => {
    const db = fresh();
    const person = await personInConflict(db);
    await resolveConflict(db, 'person', person.id, { phone: 'register' }, context('registrar'));
    expect(
      await resolveConflict(db, 'person', person.id, { phone: 'tablet' }, context('registrar')),
    ).toMatchObject({ ok: false, reason: 'problem-gone' });
  });
});

describe('rejected records', () => {
  it('lists a refused record with its reason code and what was sent', async () => {
    const db = fresh();
    const person = await rejectedPerson(db, 'unknown-author');
    const { rejected } = await listSyncProblems(db);
    expect(rejected).toEqual([
      expect.objectContaining({
        kind: 'person',
        recordId: person.id,
        reason: 'unknown-author',
        record: person,
        registerRecord: undefined,
        mayPassAfterFix: true,
      }),
    ]);
  });

  it('sends a refused record again under a new op id, so the register does not replay', async () => {
    const db = fresh();
    const person = await rejectedPerson(db, 'unknown-author');
    const before = (await db.outbox.toArray())[0]?.opId;
    expect(await retryRejected(db, 'person', person.id, context('registrar'))).toEqual({
      ok: true,
      value: undefined,
    });
    const rows = await db.outbox.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.state).toBe('queued');
    expect(rows[0]?.reason).toBeUndefined();
    expect(rows[0]?.opId).not.toBe(before);
    expect((await db.persons.get(person.id))?.sync).toEqual({ state: 'pending', version: 0 });
    expect((await takeBatch(db, 100)).entries).toHaveLength(1);
  });

  it('does not send again what the register must refuse the same way', async () => {
    const db = fresh();
    const person = await rejectedPerson(db, 'wrong-clinic');
    expect(await retryRejected(db, 'person', person.id, context('registrar'))).toMatchObject({
      ok: false,
      reason: 'retry-cannot-pass',
    });
    expect((await db.outbox.toArray())[0]?.state).toBe('rejected');
  });

  it('lets only an administrator discard; a record the register never had is removed', async () => {
    const db = fresh();
    const person = await rejectedPerson(db, 'unknown-author');
    const clerk = { staffId: REGISTRAR, displayName: 'Иванова', role: 'registrar', now: () => NOW };
    expect(
      await discardRejected(db, 'person', person.id, { ...clerk, role: 'registrar' }),
    ).toMatchObject({ ok: false, reason: 'discard-admin-only' });
    expect(await db.outbox.count()).toBe(1);

    const discarded = await discardRejected(db, 'person', person.id, {
      ...clerk,
      staffId: ADMIN,
      displayName: 'Сидорова А. П.',
      role: 'admin',
    });
    expect(discarded).toMatchObject({ ok: true, value: { outcome: 'removed' } });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.persons.get(person.id)).toBeUndefined();
    const problems = await listSyncProblems(db);
    expect(problems.rejected).toEqual([]);
    expect(problems.discarded).toEqual([
      {
        kind: 'person',
        recordId: person.id,
        reason: 'unknown-author',
        by: ADMIN,
        byName: 'Сидорова А. П.',
        at: NOW.toISOString(),
        outcome: 'removed',
      },
    ]);
    expect(await countSyncWork(db)).toEqual({ waiting: 0, rejected: 0, conflicts: 0 });
  });

  it('reverts a discarded edit to the register’s version the tablet kept while it waited', async () => {
    const db = fresh();
    const person = examplePerson({ phone: '+79140000001' });
    await writeRecord(db, person, context('registrar'));
    await answerWith(db, accepted(1));
    await writeRecord(db, { ...person, version: 1, phone: '+79140000002' }, context('registrar'));
    await writeRecord(db, { ...person, version: 1, phone: '+79140000005' }, context('registrar'));
    await answerWith(db, (opId) => ({
      opId,
      status: 'rejected',
      reason: 'role-may-not-write',
      message: { ru: 'р', en: 'e' },
    }));
    const { rejected } = await listSyncProblems(db);
    expect(rejected[0]).toMatchObject({
      record: { phone: '+79140000005' },
      registerRecord: { phone: '+79140000001', version: 1 },
    });
    const discarded = await discardRejected(db, 'person', person.id, {
      staffId: ADMIN,
      displayName: 'Сидорова А. П.',
      role: 'admin',
      now: () => NOW,
    });
    expect(discarded).toMatchObject({ ok: true, value: { outcome: 'reverted' } });
    const row = await db.persons.get(person.id);
    expect(row?.sync).toEqual({ state: 'synced', version: 1 });
    expect(row?.record).toMatchObject({ phone: '+79140000001' });
    expect(row?.['phone']).toBe('+79140000001');
    expect(await db.outbox.count()).toBe(0);
  });
});
