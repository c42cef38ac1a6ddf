import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { META, META_FAMILIES, memberOf, readMeta, readMetaFamily, writeMeta } from './metaKeys';

const fresh = () => openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });

describe('the tablet’s meta keys', () => {
  it('reads back what was written under a key and in a family', async () => {
    const db = fresh();
    await writeMeta(db, META.syncCursor, 4812);
    await writeMeta(db, memberOf(META_FAMILIES.staffName, 'a'), 'Сидорова А. П.');
    await writeMeta(db, memberOf(META_FAMILIES.staffName, 'b'), 'Петров А. В.');
    expect(await readMeta(db, META.syncCursor)).toBe(4812);
    expect(await readMetaFamily(db, META_FAMILIES.staffName)).toEqual([
      ['staff-name:a', 'Сидорова А. П.'],
      ['staff-name:b', 'Петров А. В.'],
    ]);
  });

  it('reads a value that does not fit its schema as absent, and refuses to write one', async () => {
    const db = fresh();
    await db.meta.put({ key: 'sync:cursor', value: 'not a number' });
    expect(await readMeta(db, META.syncCursor)).toBeUndefined();
    await expect(writeMeta(db, META.syncCursor, -1)).rejects.toThrow();
  });
});
