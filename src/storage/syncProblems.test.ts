import { describe, expect, it } from 'vitest';
import { exampleContract, examplePerson } from '../core/records/examples';
import { readRecord, writeRecord } from './records';
import { countSyncWork } from './syncCounts';
import { listSyncProblems, resolveConflict } from './syncProblems';
import { ADMIN, context, fresh, NOW, personInConflict, REGISTRAR } from './syncProblemsFixture';

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
