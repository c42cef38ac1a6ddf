import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openDatabase } from './database';
import { loadDraft, saveDraft } from './drafts';

describe('the tablet database', () => {
  it('opens at the current schema version and keeps a draft across reopening', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const first = openDatabase(deps);
    await first.drafts.put({ key: 'person-form', value: { surname: 'Иванова' }, savedAt: 'x' });
    expect(first.verno).toBe(DB_VERSION);
    first.close();

    const second = openDatabase(deps);
    expect(await second.drafts.get('person-form')).toEqual({
      key: 'person-form',
      value: { surname: 'Иванова' },
      savedAt: 'x',
    });
    second.close();
  });
});

describe('drafts', () => {
  const schema = z.object({ surname: z.string() });

  it('come back through the form schema after the database is reopened', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const db = openDatabase(deps);
    await saveDraft(db, 'person-form', { surname: 'Щербакова' }, () => new Date(0));
    db.close();
    expect(await loadDraft(openDatabase(deps), 'person-form', schema)).toEqual({
      surname: 'Щербакова',
    });
  });

  it('drop a draft that no longer fits its form instead of half-applying it', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    await saveDraft(db, 'person-form', { surname: 42 }, () => new Date(0));
    expect(await loadDraft(db, 'person-form', schema)).toBeUndefined();
    expect(await db.drafts.count()).toBe(0);
  });
});
