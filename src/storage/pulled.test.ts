import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { examplePerson } from '../core/records/examples';
import { openDatabase } from './database';
import { applyPulled, loadCursor } from './pulled';
import { writeRecord } from './records';

const context = {
  role: 'registrar' as const,
  now: () => new Date('2026-11-26T10:00:00Z'),
  random: (n: number) => crypto.getRandomValues(new Uint8Array(n)),
};

function fresh() {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

describe('saving pulled rows', () => {
  it('saves rows and the cursor together, marked synced at the register’s version', async () => {
    const db = fresh();
    const person = examplePerson();
    const outcome = await applyPulled(db, [{ seq: 5, version: 2, record: person }], 5);
    expect(outcome).toEqual({ saved: 1, kept: 0, unreadable: 0 });
    expect(await loadCursor(db)).toBe(5);
    expect(await db.persons.get(person.id)).toMatchObject({
      record: { version: 2 },
      sync: { state: 'synced', version: 2 },
      searchName: 'щербаков артем ильич',
    });
  });

  it('never overwrites a local edit that waits in the outbox', async () => {
    const db = fresh();
    const person = examplePerson();
    await writeRecord(db, { ...person, phone: '+79140000007' }, context);
    const outcome = await applyPulled(db, [{ seq: 9, version: 3, record: person }], 9);
    expect(outcome.kept).toBe(1);
    expect((await db.persons.get(person.id))?.record).toMatchObject({ phone: '+79140000007' });
    expect(await loadCursor(db)).toBe(9);
  });

  it('ignores an older version than the one it holds, and counts rows it cannot read', async () => {
    const db = fresh();
    const person = examplePerson();
    await applyPulled(
      db,
      [{ seq: 5, version: 4, record: { ...person, phone: '+79140000001' } }],
      5,
    );
    const outcome = await applyPulled(
      db,
      [
        { seq: 6, version: 3, record: person },
        { seq: 7, version: 1, record: { kind: 'invoice' } },
      ],
      7,
    );
    expect(outcome).toEqual({ saved: 0, kept: 1, unreadable: 1 });
    expect((await db.persons.get(person.id))?.record).toMatchObject({ phone: '+79140000001' });
  });
});
