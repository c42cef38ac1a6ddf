import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { PersonId, TabletId } from '../core/ids';
import { examplePerson } from '../core/records/examples';
import { openDatabase } from './database';
import { applyPulled } from './pulled';
import { dismissRestoreNotice, loadRestoreNotice, saveRestoreNotice } from './restoreNotice';
import { noteRestoreProgress } from './restoreProgress';

function fresh() {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

const predecessor = {
  id: '0193a1c0-7a00-7000-8000-0000000000b2' as TabletId,
  code: 'T2',
  name: 'Окно 2',
  recordsPushed: 2,
  lastPushAt: '2026-11-25T17:40:00.000Z',
};

describe('the restore notice', () => {
  it('adds up the new rows of pages the register marked "restoring", over several pages', async () => {
    const db = fresh();
    await noteRestoreProgress(db, { restoring: true, hasMore: true }, 3);
    await noteRestoreProgress(db, { restoring: true, hasMore: false }, 2);
    expect(await loadRestoreNotice(db)).toEqual({ kind: 'self', restored: 5 });
  });

  it('says nothing after ordinary pulls, nor after a restoring page that brought nothing new', async () => {
    const db = fresh();
    await noteRestoreProgress(db, { hasMore: false }, 7);
    await noteRestoreProgress(db, { restoring: true, hasMore: false }, 0);
    expect(await loadRestoreNotice(db)).toBeUndefined();
  });

  it('fills in a successor’s count with every record the tablet holds once the first pull ends', async () => {
    const db = fresh();
    await saveRestoreNotice(db, { kind: 'predecessor', predecessor, restored: null });
    const people = [1, 2, 3].map((n) =>
      examplePerson({ id: `0193a1c0-7a00-7000-8000-00000000010${n}` as PersonId }),
    );
    await applyPulled(
      db,
      people.slice(0, 2).map((record, i) => ({ seq: i + 1, version: 1, record })),
      2,
    );
    await noteRestoreProgress(db, { hasMore: true }, 2);
    expect(await loadRestoreNotice(db)).toMatchObject({ restored: null });
    await applyPulled(db, [{ seq: 3, version: 1, record: people[2] }], 3);
    await noteRestoreProgress(db, { hasMore: false }, 1);
    expect(await loadRestoreNotice(db)).toEqual({ kind: 'predecessor', predecessor, restored: 3 });

    // Later pulls do not change what was restored at enrolment.
    await noteRestoreProgress(db, { restoring: true, hasMore: false }, 4);
    expect(await loadRestoreNotice(db)).toMatchObject({ kind: 'predecessor', restored: 3 });
    await dismissRestoreNotice(db);
    expect(await loadRestoreNotice(db)).toBeUndefined();
  });
});
