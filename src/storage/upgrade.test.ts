import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openDatabase } from './database';

// A tablet that last ran an older release must open its data with the current one.
describe('upgrading the tablet database', () => {
  it('keeps the drafts written by version 1 and adds the record tables', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v1 = new Dexie(DB_NAME, { ...deps });
    v1.version(1).stores({ drafts: 'key' });
    await v1.table('drafts').put({ key: 'person-form', value: { surname: 'Цой' }, savedAt: 's' });
    v1.close();

    const current = openDatabase(deps);
    await current.open();
    expect(current.verno).toBe(DB_VERSION);
    expect(await current.drafts.get('person-form')).toMatchObject({ value: { surname: 'Цой' } });
    expect(await current.persons.count()).toBe(0);
    expect(await current.outbox.count()).toBe(0);
    current.close();
  });
});
