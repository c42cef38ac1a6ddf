import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLINIC_POLICY } from '../core/clinic/settings';
import type { SerialNumber } from '../core/contract/number';
import type { ContractId, PersonId, TabletId } from '../core/ids';
import { exampleContract, examplePerson } from '../core/records/examples';
import { openDatabase } from './database';
import { applyPulled, loadCursor } from './pulled';
import { readRecord, REGISTER_RECORD_KEY, writeRecord } from './records';
import { saveClinic } from './clinic';
import { searchPersons } from './personSearch';
import { saveTabletIdentity, takeNumber } from './tablet';

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

  it('keeps a refused edit on show and only files the register’s newer record beside it', async () => {
    const db = fresh();
    const person = examplePerson();
    await applyPulled(db, [{ seq: 5, version: 2, record: person }], 5);
    await writeRecord(db, { ...person, phone: '+79140000007' }, context);
    // The register refused the edit: the op stays as "rejected", the envelope says so.
    await db.outbox.toCollection().modify({ state: 'rejected', reason: 'unknown-author' });
    await db.persons.update(person.id, { sync: { state: 'rejected', version: 2 } });

    const newer = { ...person, address: 'Елизово, ул. Ленина, 5' };
    await applyPulled(db, [{ seq: 8, version: 3, record: newer }], 8);

    const row = await db.persons.get(person.id);
    expect(row?.sync).toEqual({ state: 'rejected', version: 2 });
    expect(row?.record).toMatchObject({ phone: '+79140000007' });
    expect(row?.[REGISTER_RECORD_KEY]).toMatchObject({ version: 3, address: newer.address });
  });

  it('raises this tablet’s number counters past its own numbers pulled back in a restore', async () => {
    const db = fresh();
    await saveClinic(db, {
      id: exampleContract().clinicId,
      code: 'KAM01',
      nameRu: 'Поликлиника',
      nameEn: 'Polyclinic',
      address: 'Петропавловск-Камчатский',
      issuerUrl: 'https://register.serodesk.test',
      settings: { priceList: [], kits: [], policy: DEFAULT_CLINIC_POLICY },
    });
    await saveTabletIdentity(db, {
      tabletId: '0193a0b0-0000-7000-8000-0000000000aa' as TabletId,
      code: 'T03',
      name: 'Регистратура',
      enrolledAt: '2026-11-01T00:00:00.000Z',
    });
    const own = exampleContract(); // KAM01-T03-2026-000042
    const other = exampleContract({
      id: '0193a0b0-0000-7000-8000-0000000000ab' as ContractId,
      number: 'KAM01-T04-2026-000900' as SerialNumber,
    });
    await applyPulled(
      db,
      [
        { seq: 3, version: 1, record: own },
        { seq: 4, version: 1, record: other },
      ],
      4,
    );
    const next = await takeNumber(db, 'contract', {
      clinicCode: 'KAM01',
      tabletCode: 'T03',
      year: 2026,
    });
    expect(next).toBe('KAM01-T03-2026-000043');
  });

  it('on a first pull stores unseen persons by the page, yet merges those the tablet already holds as every pull does', async () => {
    const db = fresh();
    const edited = examplePerson({ id: '0193a0b0-0000-7000-8000-0000000000c1' as PersonId });
    const newer = examplePerson({ id: '0193a0b0-0000-7000-8000-0000000000c2' as PersonId });
    const older = examplePerson({ id: '0193a0b0-0000-7000-8000-0000000000c3' as PersonId });
    const unseen = examplePerson({ id: '0193a0b0-0000-7000-8000-0000000000c4' as PersonId });
    // Held already: a local edit made during the download, a row pulled at a newer version,
    // and one at an older version.
    await writeRecord(db, { ...edited, phone: '+79140000007' }, context);
    await applyPulled(db, [{ seq: 1, version: 5, record: { ...newer, phone: '+79140000005' } }], 1);
    await applyPulled(db, [{ seq: 2, version: 1, record: older }], 2);

    const outcome = await applyPulled(
      db,
      [
        { seq: 3, version: 3, record: edited },
        { seq: 4, version: 4, record: newer },
        { seq: 5, version: 2, record: { ...older, phone: '+79140000002' } },
        { seq: 6, version: 1, record: unseen },
      ],
      6,
      { mostlyNew: true },
    );

    expect(outcome).toEqual({ saved: 2, kept: 2, unreadable: 0 });
    expect(await db.persons.get(edited.id)).toMatchObject({
      record: { phone: '+79140000007' },
      sync: { state: 'pending' },
    });
    expect(await db.persons.get(newer.id)).toMatchObject({
      record: { phone: '+79140000005' },
      sync: { state: 'synced', version: 5 },
    });
    expect(await db.persons.get(older.id)).toMatchObject({
      record: { phone: '+79140000002', version: 2 },
      sync: { state: 'synced', version: 2 },
    });
    // The unseen person is on the slice's page (keyed by its first seq), read as synced.
    expect(await db.persons.get(unseen.id)).toBeUndefined();
    expect(await db.pulledPages.get([3, 0])).toMatchObject({ records: [{ id: unseen.id }] });
    expect(await db.pulledKeys.get(3)).toMatchObject({
      keys: { ids: [unseen.id], keys: { searchName: ['щербаков артем ильич'] } },
    });
    expect(await readRecord(db, 'person', unseen.id)).toMatchObject({
      record: { version: 1 },
      sync: { state: 'synced', version: 1 },
    });
    expect(await loadCursor(db)).toBe(6);
  });

  it('saves neither rows nor cursor when a row cannot be stored, on a first pull or any other', async () => {
    const db = fresh();
    const held = exampleContract();
    await applyPulled(db, [{ seq: 1, version: 1, record: held }], 1);
    // Another contract under the number the tablet holds: the number's unique index refuses it.
    const clash = exampleContract({ id: '0193a0b0-0000-7000-8000-0000000000d1' as ContractId });
    const person = examplePerson();
    for (const write of [{ mostlyNew: true }, { mostlyNew: false }]) {
      const changes = [
        { seq: 2, version: 1, record: person },
        { seq: 3, version: 1, record: clash },
      ];
      await expect(applyPulled(db, changes, 3, write)).rejects.toThrow();
      expect(await loadCursor(db)).toBe(1);
      expect(await db.persons.get(person.id)).toBeUndefined();
      expect(await db.contracts.get(clash.id)).toBeUndefined();
    }
  });
});

// pulledPerson.ts: a pulled person is checked for what storing it reads, the rest at each read.
describe('a pulled person the record schema would refuse', () => {
  const id = '0193a0b0-0000-7000-8000-0000000000e1' as PersonId;
  // A SNILS whose checksum is wrong: text, so it can be stored; refused by the record schema.
  const refused = { ...examplePerson({ id }), snils: '11223344500', fromNewerRegister: 'x' };

  for (const write of [{ mostlyNew: false }, { mostlyNew: true }]) {
    it(`is stored as the register sent it and left out by every read (mostlyNew: ${write.mostlyNew})`, async () => {
      const db = fresh();
      const outcome = await applyPulled(db, [{ seq: 4, version: 2, record: refused }], 4, write);
      expect(outcome).toEqual({ saved: 1, kept: 0, unreadable: 0 });
      const stored = write.mostlyNew
        ? (await db.pulledPages.get([4, 0]))?.records[0]
        : (await db.persons.get(id))?.record;
      expect(stored).toEqual({ ...refused, version: 2 });
      expect(await readRecord(db, 'person', id)).toBeUndefined();
      expect((await searchPersons(db, 'Щербаков')).shown).toEqual([]);
      expect(await loadCursor(db)).toBe(4);
    });
  }

  it('is read without a field this app does not know, when the rest is valid', async () => {
    const db = fresh();
    const person = { ...examplePerson({ id }), fromNewerRegister: 'x' };
    await applyPulled(db, [{ seq: 4, version: 2, record: person }], 4, { mostlyNew: true });
    const read = await readRecord(db, 'person', id);
    expect(read?.record).toMatchObject({ id, snils: person.snils, version: 2 });
    expect(read?.record).not.toHaveProperty('fromNewerRegister');
    expect((await searchPersons(db, 'Щербаков')).shown.map((found) => found.record.id)).toEqual([
      id,
    ]);
  });

  it('is not stored, and is counted unreadable, when a field its search keys need is not text', async () => {
    const db = fresh();
    for (const broken of [
      { ...examplePerson({ id }), surname: 42 },
      { ...examplePerson({ id }), document: { type: 'ru-passport', number: 123456 } },
      { ...examplePerson({ id }), id: undefined },
    ]) {
      const outcome = await applyPulled(db, [{ seq: 4, version: 2, record: broken }], 4);
      expect(outcome).toEqual({ saved: 0, kept: 0, unreadable: 1 });
      expect(await db.persons.count()).toBe(0);
    }
  });
});
