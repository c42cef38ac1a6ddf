import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { PersonId } from '../core/ids';
import { examplePerson } from '../core/records/examples';
import type { PersonRecord } from '../core/records/person';
import type { SeroDeskDatabase } from './database';
import { openDatabase } from './database';
import { takeBatch } from './outbox';
import { applyAnswers } from './outboxAnswers';
import { readOutboxBacklog } from './outboxBacklog';
import { applyPulled } from './pulled';
import { readRecord, writeRecord } from './records';
import { settleWritten } from './settledSync';
import { countSettled, settledBatchesOf } from './settledWrites';
import { countSyncWork, hasUnsyncedWork } from './syncCounts';
import { buildTabletExport } from './tabletData';
import { acceptedAsSent } from './answersFixture';

// A record the register took exactly as sent keeps its envelope as the desk wrote it, with a
// settled row beside it (settledSync.ts). These tests hold the desk's answers to that: the
// record reads synced, it is not counted, exported or reported as waiting, and any later
// write of its envelope drops the row (settledWrites.ts), so the counts stay exact.

const now = () => new Date('2026-11-26T10:00:00Z');
const context = {
  role: 'registrar' as const,
  now,
  random: (n: number) => crypto.getRandomValues(new Uint8Array(n)),
};

function fresh() {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Writes the persons offline and has the register take every one as sent, at version 1. */
async function pushedAsSent(db: SeroDeskDatabase, persons: readonly PersonRecord[]) {
  for (const person of persons) await writeRecord(db, person, context);
  const batch = await takeBatch(db, 100);
  await applyAnswers(db, batch, acceptedAsSent(batch));
}

function twoPersons(): PersonRecord[] {
  const first = examplePerson();
  const second = examplePerson({ id: '0193a1b2-0000-7000-8000-000000000002' as PersonId });
  return [first, second];
}

describe('records the register took as sent, settled beside their envelopes', () => {
  it('reads them synced and counts, reports and exports none of them as waiting', async () => {
    const db = fresh();
    const [first, second] = twoPersons();
    if (first === undefined || second === undefined) throw new Error('no persons');
    await pushedAsSent(db, [first]);
    await writeRecord(db, second, context);

    expect(await countSettled(db)).toBe(1);
    expect((await db.persons.get(first.id))?.sync.state).toBe('pending');
    expect(await readRecord(db, 'person', first.id)).toMatchObject({
      record: { version: 1 },
      sync: { state: 'synced', version: 1 },
    });
    expect(await countSyncWork(db)).toEqual({ waiting: 1, rejected: 0, conflicts: 0 });
    expect(await readOutboxBacklog(db, now())).toMatchObject({ records: 1 });
    const exported = await buildTabletExport(db, now);
    expect(exported.records.map((record) => record.id)).toEqual([second.id]);
  });

  it('drops the settled row when the desk edits the record, whose op then starts from the register’s version', async () => {
    const db = fresh();
    const person = examplePerson();
    await pushedAsSent(db, [person]);
    await writeRecord(db, { ...person, phone: '+79140000003' }, context);

    expect(await countSettled(db)).toBe(0);
    expect(await readRecord(db, 'person', person.id)).toMatchObject({
      record: { phone: '+79140000003' },
      sync: { state: 'pending', version: 1 },
    });
    const [queued] = await db.outbox.toArray();
    expect(queued?.baseVersion).toBe(1);
    expect(await countSyncWork(db)).toEqual({ waiting: 1, rejected: 0, conflicts: 0 });
  });

  it('takes a newer version pulled from the register over the settled envelope', async () => {
    const db = fresh();
    const person = examplePerson();
    await pushedAsSent(db, [person]);
    const newer = { ...person, phone: '+79140000005' };
    const outcome = await applyPulled(db, [{ seq: 9, version: 2, record: newer }], 9);

    expect(outcome).toMatchObject({ saved: 1, kept: 0 });
    expect(await countSettled(db)).toBe(0);
    expect(await db.persons.get(person.id)).toMatchObject({
      record: { phone: '+79140000005', version: 2 },
      sync: { state: 'synced', version: 2 },
    });
    expect(await countSyncWork(db)).toEqual({ waiting: 0, rejected: 0, conflicts: 0 });
  });

  it('keeps a settled envelope when the register sends back the version it already holds', async () => {
    const db = fresh();
    const person = examplePerson();
    await pushedAsSent(db, [person]);
    const outcome = await applyPulled(db, [{ seq: 9, version: 1, record: person }], 9);

    expect(outcome).toMatchObject({ saved: 0, kept: 1 });
    expect(await readRecord(db, 'person', person.id)).toMatchObject({
      sync: { state: 'synced', version: 1 },
    });
  });

  it('still refuses sign-out while an op waits, were settled rows left with no envelope beside them', async () => {
    const db = fresh();
    await writeRecord(db, examplePerson(), context);
    // Rows no writer of the app would leave: the subtraction alone would hide the waiting op.
    await db.settledBatches.bulkAdd(
      settledBatchesOf([
        { id: 'stray-1', kind: 'person', version: 1 },
        { id: 'stray-2', kind: 'person', version: 1 },
      ]),
    );
    expect(await countSyncWork(db)).toEqual({ waiting: 0, rejected: 0, conflicts: 0 });
    expect(await hasUnsyncedWork(db)).toBe(true);
  });

  it('keeps one row per kind of a pushed batch, and takes out only the id the desk edits', async () => {
    const db = fresh();
    const [first, second] = twoPersons();
    if (first === undefined || second === undefined) throw new Error('no persons');
    await pushedAsSent(db, [first, second]);
    expect(await db.settledBatches.count()).toBe(1);
    expect(await countSettled(db)).toBe(2);

    await writeRecord(db, { ...first, phone: '+79140000003' }, context);
    expect(await db.settledBatches.toArray()).toMatchObject([{ ids: [second.id], versions: [1] }]);
    expect(await readRecord(db, 'person', second.id)).toMatchObject({
      sync: { state: 'synced', version: 1 },
    });
    expect(await countSyncWork(db)).toEqual({ waiting: 1, rejected: 0, conflicts: 0 });
  });

  it('writes the envelopes at idle, a batch’s row at a time, and leaves nothing to take off the counts', async () => {
    const db = fresh();
    const persons = twoPersons();
    // Two pushes, so two rows.
    for (const person of persons) await pushedAsSent(db, [person]);
    expect(await countSyncWork(db)).toEqual({ waiting: 0, rejected: 0, conflicts: 0 });

    expect(await settleWritten(db, 1)).toBe(1);
    expect(await countSettled(db)).toBe(1);
    expect(await settleWritten(db, 1)).toBe(1);
    expect(await settleWritten(db, 1)).toBe(0);
    expect(await db.settledBatches.count()).toBe(0);
    for (const person of persons) {
      expect(await db.persons.get(person.id)).toMatchObject({
        record: { version: 1 },
        sync: { state: 'synced', version: 1 },
      });
    }
    expect(await db.persons.where('sync.state').equals('pending').count()).toBe(0);
    expect(await countSyncWork(db)).toEqual({ waiting: 0, rejected: 0, conflicts: 0 });
  });

  it('writes whole rows until the limit is reached, and drops ids and rows that speak for no pending envelope', async () => {
    const db = fresh();
    const [first, second] = twoPersons();
    if (first === undefined || second === undefined) throw new Error('no persons');
    await pushedAsSent(db, [first, second]);
    await db.settledBatches.bulkAdd(
      settledBatchesOf([
        { id: 'stray-1', kind: 'person', version: 1 },
        { id: 'stray-2', kind: 'no-such-kind', version: 1 },
      ]),
    );
    // A row of nothing, which no writer leaves: taken away like any other.
    await db.settledBatches.add({ kind: 'person', ids: [], versions: [], first: '', last: '' });

    expect(await settleWritten(db, 1)).toBe(2);
    expect(await settleWritten(db, 2)).toBe(2);
    expect(await settleWritten(db, 2)).toBe(0);
    expect(await db.settledBatches.count()).toBe(0);
    expect(await db.persons.where('sync.state').equals('synced').count()).toBe(2);
  });
});
