import { describe, expect, it } from 'vitest';
import { examplePerson } from '../core/records/examples';
import { takeBatch } from './outbox';
import { writeRecord } from './records';
import { discardRejected, retryRejected } from './refusedRecords';
import { countSyncWork } from './syncCounts';
import { listSyncProblems } from './syncProblems';
import {
  accepted,
  ADMIN,
  answerWith,
  context,
  fresh,
  NOW,
  REGISTRAR,
  rejectedPerson,
} from './syncProblemsFixture';

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
