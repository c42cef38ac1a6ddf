import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { PersonId } from '../core/ids';
import { newId } from '../core/ids';
import { examplePerson } from '../core/records/examples';
import { openDatabase } from './database';
import { takeBatch } from './outbox';
import { applyAnswers } from './outboxAnswers';
import { readOutboxBacklog } from './outboxBacklog';
import { settledBatchesOf } from './settledWrites';
import type { WriteContext } from './records';
import { writeRecord } from './records';

let counter = 0;
const random = (n: number) => {
  counter += 1;
  return new Uint8Array(n).map((_, i) => (counter * 31 + i) % 256);
};

function writtenAt(iso: string): WriteContext {
  return { role: 'registrar', now: () => new Date(iso), random };
}

function person() {
  return examplePerson({ id: newId<PersonId>(() => new Date('2026-11-28T00:00:00Z'), random) });
}

function fresh() {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

const now = new Date('2026-11-29T12:00:00Z');

describe('the backlog a tablet reports to the register', () => {
  it('reports nothing waiting, and no age, for an empty outbox', async () => {
    expect(await readOutboxBacklog(fresh(), now)).toEqual({ records: 0 });
  });

  it('never reports fewer than none, even were a settled row left with no envelope beside it', async () => {
    const db = fresh();
    const waiting = person();
    await writeRecord(db, waiting, writtenAt('2026-11-28T10:00:00Z'));
    // Two rows no writer of the app would leave: the subtraction would go below zero.
    await db.settledBatches.bulkAdd(
      settledBatchesOf([
        { id: 'stray-1', kind: 'person', version: 1 },
        { id: 'stray-2', kind: 'person', version: 1 },
      ]),
    );
    expect(await readOutboxBacklog(db, now)).toEqual({ records: 0 });
  });

  it('counts records, not ops, and gives the age of the oldest op by the tablet’s clock', async () => {
    const db = fresh();
    const first = person();
    await writeRecord(db, first, writtenAt('2026-11-28T10:00:00Z'));
    await writeRecord(db, { ...first, phone: '+79140000009' }, writtenAt('2026-11-29T11:00:00Z'));
    await writeRecord(db, person(), writtenAt('2026-11-29T11:30:00Z'));
    expect(await readOutboxBacklog(db, now)).toEqual({
      records: 2,
      oldestAgeSeconds: 26 * 3600,
    });
  });

  it('keeps counting a record the register refused, and stops counting one it accepted', async () => {
    const db = fresh();
    const refused = person();
    const accepted = person();
    await writeRecord(db, refused, writtenAt('2026-11-27T12:00:00Z'));
    await writeRecord(db, accepted, writtenAt('2026-11-29T06:00:00Z'));
    const batch = await takeBatch(db, 100);
    const [refusedOp, acceptedOp] = batch.entries.map((entry) => entry.op.opId);
    if (refusedOp === undefined || acceptedOp === undefined) throw new Error('two ops expected');
    await applyAnswers(db, batch, [
      {
        opId: refusedOp,
        status: 'rejected',
        reason: 'invalid-record',
        message: { ru: '…', en: '…' },
      },
      { opId: acceptedOp, status: 'accepted', seq: 9, version: 1 },
    ]);
    expect(await readOutboxBacklog(db, now)).toEqual({
      records: 1,
      oldestAgeSeconds: 48 * 3600,
    });
  });

  it('counts the records of a batch in flight, which the register has not answered yet', async () => {
    const db = fresh();
    await writeRecord(db, person(), writtenAt('2026-11-29T11:00:00Z'));
    await writeRecord(db, person(), writtenAt('2026-11-29T11:10:00Z'));
    await takeBatch(db, 1);
    expect(await readOutboxBacklog(db, now)).toEqual({ records: 2, oldestAgeSeconds: 3600 });
  });

  it('never reports a negative age when the tablet’s clock went back', async () => {
    const db = fresh();
    await writeRecord(db, person(), writtenAt('2026-11-30T00:00:00Z'));
    expect(await readOutboxBacklog(db, now)).toEqual({ records: 1, oldestAgeSeconds: 0 });
  });
});
