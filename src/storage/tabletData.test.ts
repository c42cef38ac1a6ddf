import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { OpId, TabletId } from '../core/ids';
import { newId } from '../core/ids';
import { examplePerson } from '../core/records/examples';
import { openDatabase } from './database';
import { takeBatch } from './outbox';
import { applyAnswers } from './outboxAnswers';
import { writeRecord } from './records';
import { loadTabletIdentity, saveTabletIdentity, saveTabletToken } from './tablet';
import {
  buildTabletExport,
  checkErase,
  eraseReadiness,
  eraseTabletData,
  exportFileName,
  saveExportReceipt,
} from './tabletData';

// The export of unsynced work and the rule that guards erasing a tablet: nothing unsynced is
// erased unless a file saved since holds all of it, and the person typed the tablet code.

const clock = () => new Date('2026-11-27T10:00:00.000Z');
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const context = { role: 'registrar' as const, now: clock, random };
const TOKEN = 'k3V6u2a5x4JtqfK3c9yP8wQe7nL1sD0gH5jR2bXo';

async function enrolledTablet() {
  const factory = new IDBFactory();
  const db = openDatabase({ indexedDB: factory, IDBKeyRange });
  await saveTabletIdentity(db, {
    tabletId: '0193a0b0-0000-7000-8000-0000000000aa' as TabletId,
    code: 'T1',
    name: 'Окно 1',
    enrolledAt: '2026-11-26T09:00:00.000Z',
  });
  await saveTabletToken(db, TOKEN);
  return { db, factory };
}

async function writePerson(db: ReturnType<typeof openDatabase>, phone?: string) {
  const person = examplePerson({
    id: newId(clock, random),
    ...(phone === undefined ? {} : { phone }),
  });
  const written = await writeRecord(db, person, context);
  if (!written.ok) throw new Error(written.reason);
  return person;
}

describe('the export of unsynced work', () => {
  it('holds every queued and rejected op with its opId and every unsynced record, never the token', async () => {
    const { db } = await enrolledTablet();
    const refused = await writePerson(db);
    const batch = await takeBatch(db, 10);
    const opId = batch.entries[0]?.op.opId ?? ('' as OpId);
    await applyAnswers(db, batch, [
      {
        opId,
        status: 'rejected',
        reason: 'unknown-author',
        message: { ru: 'нет', en: 'no' },
      },
    ]);
    const waiting = await writePerson(db);

    const exported = await buildTabletExport(db, clock);
    expect(exported).toMatchObject({
      format: 'serodesk-tablet-export',
      formatVersion: 1,
      exportedAt: '2026-11-27T10:00:00.000Z',
      tablet: { code: 'T1', name: 'Окно 1', tabletId: '0193a0b0-0000-7000-8000-0000000000aa' },
      counts: { waiting: 1, rejected: 1, conflicts: 0 },
    });
    expect(exported.outbox.map((row) => [row.recordId, row.state, row.opId])).toEqual([
      [refused.id, 'rejected', opId],
      [waiting.id, 'queued', expect.any(String)],
    ]);
    expect(exported.records.map((row) => [row.id, row.sync.state]).sort()).toEqual(
      [
        [refused.id, 'rejected'],
        [waiting.id, 'pending'],
      ].sort(),
    );
    const text = JSON.stringify(exported);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('signing-key');
  });

  it('is named after the tablet code and the local date', async () => {
    const { db } = await enrolledTablet();
    const exported = await buildTabletExport(db, clock);
    expect(exportFileName(exported, new Date(2026, 10, 7, 23, 30))).toBe(
      'serodesk-export-T1-2026-11-07.json',
    );
  });
});

describe('erasing the tablet', () => {
  it('is refused while unsynced work exists and no file was saved', async () => {
    const { db } = await enrolledTablet();
    const person = await writePerson(db);
    const identity = await loadTabletIdentity(db);
    expect(identity).toMatchObject({ code: 'T1' });
    expect(await checkErase(db, 'T1')).toMatchObject({ ok: false, reason: 'unsynced-work' });
    expect(await eraseTabletData(db, 'T1')).toMatchObject({ ok: false, reason: 'unsynced-work' });
    // The refusal protects the unsynced work itself, not only the enrolment.
    expect(await loadTabletIdentity(db)).toEqual(identity);
    expect(await db.persons.get(person.id)).toMatchObject({
      record: person,
      sync: { state: 'pending', version: 0 },
    });
    expect(await db.outbox.toArray()).toMatchObject([{ recordId: person.id, state: 'queued' }]);
  });

  it('needs the tablet code typed even after an export that covers everything', async () => {
    const { db } = await enrolledTablet();
    await writePerson(db);
    await saveExportReceipt(db, await buildTabletExport(db, clock));
    expect((await eraseReadiness(db)).exportCovers).toBe(true);
    expect(await checkErase(db, 'T2')).toMatchObject({ ok: false, reason: 'code-mismatch' });
    expect(await checkErase(db, '')).toMatchObject({ ok: false, reason: 'code-mismatch' });
    expect(await checkErase(db, ' t1 ')).toMatchObject({ ok: true });
  });

  it('asks for a new export when an edit is queued after the file was saved', async () => {
    const { db } = await enrolledTablet();
    const person = await writePerson(db);
    await saveExportReceipt(db, await buildTabletExport(db, clock));
    await writeRecord(db, { ...person, phone: '+79140000007' }, context);
    const readiness = await eraseReadiness(db);
    expect(readiness).toMatchObject({ hasUnsynced: true, exportCovers: false });
    expect(await checkErase(db, 'T1')).toMatchObject({ ok: false, reason: 'export-outdated' });
  });

  it('asks for a new export when a record the file lacks turns into a conflict', async () => {
    const { db } = await enrolledTablet();
    await writePerson(db);
    await saveExportReceipt(db, await buildTabletExport(db, clock));
    // Made and answered with a conflict after the export: its op leaves the outbox, so only
    // the record itself tells that the file lacks it.
    const later = await writePerson(db);
    const batch = await takeBatch(db, 10);
    const answers = batch.entries.map((entry) =>
      (entry.op.record as { id: string }).id !== later.id
        ? { opId: entry.op.opId, status: 'accepted' as const, seq: 1, version: 1 }
        : {
            opId: entry.op.opId,
            status: 'conflict' as const,
            seq: 2,
            version: 2,
            fields: ['phone'],
            record: { ...later, phone: '+79149999999', version: 2 },
          },
    );
    await applyAnswers(db, batch, answers);
    expect(await db.outbox.count()).toBe(0);
    expect((await db.persons.get(later.id))?.sync.state).toBe('conflict');
    expect(await checkErase(db, 'T1')).toMatchObject({ ok: false, reason: 'export-outdated' });
  });

  it('needs only the code when nothing is unsynced, and then deletes the database', async () => {
    const { db, factory } = await enrolledTablet();
    expect(await eraseReadiness(db)).toMatchObject({ hasUnsynced: false });
    expect(await eraseTabletData(db, 'T1')).toEqual({ ok: true, value: undefined });
    const reopened = openDatabase({ indexedDB: factory, IDBKeyRange });
    expect(await loadTabletIdentity(reopened)).toBeUndefined();
  });

  it('erases after a covering export and the code, taking the unsynced records with it', async () => {
    const { db, factory } = await enrolledTablet();
    await writePerson(db);
    await saveExportReceipt(db, await buildTabletExport(db, clock));
    expect(await eraseTabletData(db, 'T1')).toMatchObject({ ok: true });
    const reopened = openDatabase({ indexedDB: factory, IDBKeyRange });
    expect(await reopened.outbox.count()).toBe(0);
    expect(await reopened.persons.count()).toBe(0);
  });

  it('is refused on a device that is not enrolled', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await checkErase(db, 'T1')).toMatchObject({ ok: false, reason: 'not-enrolled' });
  });
});
