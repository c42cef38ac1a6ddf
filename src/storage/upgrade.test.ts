import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { IndexedDbDeps } from './database';
import { DB_NAME, DB_VERSION, openDatabase } from './database';

// A tablet that last ran an older release must open its data with the current one. The old
// steps are written out as they shipped, not taken from database.ts: that is the point.

/** The record tables as version 2 declared them. */
const V2_STORES = {
  meta: 'key',
  persons: 'id, searchName, snils, documentKey, phone, birthDate, sync.state',
  applications: 'id, personId, day, stage, sync.state',
  contracts: 'id, applicationId, &number, sync.state',
  samples: 'id, applicationId, sync.state',
  results: 'id, sampleId, sync.state',
  certificates: 'id, applicationId, personId, number, sync.state',
  revocations: 'id, certificateId, sync.state',
  outbox: '++seq, &opId, recordId, state',
  trust: 'iss',
};

/** The versions as they shipped, each declared as it was (database.ts declares only the last). */
const SHIPPED_VERSIONS: readonly ((db: Dexie) => void)[] = [
  (db) => {
    db.version(1).stores({ drafts: 'key' });
  },
  (db) => {
    db.version(2).stores(V2_STORES);
  },
  (db) => {
    db.version(3).stores({ staffPins: 'staffId' });
  },
  (db) => {
    db.version(4).stores({ contracts: 'id, applicationId, &number, sync.state, *receiptKeys' });
  },
  (db) => {
    db.version(5).stores({ settled: 'id' });
  },
  (db) => {
    db.version(6).stores({ pulledPages: '[page+part]', pulledKeys: 'page', pulledIndex: 'index' });
  },
  (db) => {
    db.version(7).stores({ settled: null, settledBatches: '++key, first, last' });
  },
];

/** A database as the release with version `last` left it on a tablet (empty). */
function shippedDatabase(deps: IndexedDbDeps, last: number): Dexie {
  const db = new Dexie(DB_NAME, { ...deps });
  for (const declare of SHIPPED_VERSIONS.slice(0, last)) declare(db);
  return db;
}

/** Each table's primary key and indexes as IndexedDB holds them. */
async function installedSchema(deps: IndexedDbDeps): Promise<Record<string, unknown>> {
  const db = new Dexie(DB_NAME, { ...deps });
  await db.open(); // no version declared: Dexie opens what is installed
  const schema = Object.fromEntries(
    db.tables.map((table) => [
      table.name,
      {
        primKey: table.schema.primKey.src,
        indexes: table.schema.indexes.map((index) => index.src).sort(),
      },
    ]),
  );
  db.close();
  return schema;
}

/** The tables and indexes of a new database made by declaring every shipped version in turn. */
async function shippedSchema(): Promise<Record<string, unknown>> {
  const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
  const all = shippedDatabase(deps, SHIPPED_VERSIONS.length);
  await all.open();
  all.close();
  return installedSchema(deps);
}

describe('upgrading the tablet database', () => {
  it('makes a new database with the tables and indexes of every version declared one by one', async () => {
    const fresh = { indexedDB: new IDBFactory(), IDBKeyRange };
    const current = openDatabase(fresh);
    await current.open();
    current.close();

    const expected = await shippedSchema();
    expect(Object.keys(expected)).toContain('settledBatches');
    expect(await installedSchema(fresh)).toEqual(expected);
  });

  it('keeps the drafts written by version 1 and adds the record tables', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v1 = shippedDatabase(deps, 1);
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

  it('keeps the records and outbox written by version 2 and adds the staff PIN table', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v2 = shippedDatabase(deps, 2);
    const person = { id: 'p1', record: { kind: 'person' }, sync: { state: 'pending', version: 0 } };
    await v2.table('persons').put({ ...person, searchName: 'цой виктор' });
    await v2.table('outbox').put({ opId: 'op1', recordId: 'p1', state: 'queued' });
    await v2.table('meta').put({ key: 'tablet-token', value: 'k3V-token' });
    v2.close();

    const current = openDatabase(deps);
    await current.open();
    expect(current.verno).toBe(DB_VERSION);
    expect(await current.persons.get('p1')).toMatchObject({ searchName: 'цой виктор' });
    expect(await current.persons.where('searchName').startsWith('цой').count()).toBe(1);
    expect(await current.outbox.count()).toBe(1);
    expect(await current.meta.get('tablet-token')).toEqual({
      key: 'tablet-token',
      value: 'k3V-token',
    });
    expect(await current.staffPins.count()).toBe(0);
    current.close();
  });

  it('indexes the receipts of contracts written by version 3', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v3 = shippedDatabase(deps, 3);
    const synced = { state: 'synced', version: 1 };
    const receipt = { fiscalDrive: '7284440500123456', documentNumber: '501' };
    const refund = { fiscalDrive: '7284440500123456', documentNumber: '502' };
    await v3.table('contracts').bulkPut([
      { id: 'c1', number: 'N1', sync: synced, record: { kind: 'contract', receipt } },
      {
        id: 'c2',
        number: 'N2',
        sync: synced,
        record: { kind: 'contract', receipt: refund, refundReceipt: receipt },
      },
      // Paid before receipts were recorded (issue #11): a receipt number and nothing to index.
      { id: 'c3', number: 'N3', sync: synced, record: { kind: 'contract', receiptNumber: '17' } },
    ]);
    v3.close();

    const current = openDatabase(deps);
    await current.open();
    expect(current.verno).toBe(DB_VERSION);
    const holding = await current.contracts
      .where('receiptKeys')
      .equals('7284440500123456:501')
      .primaryKeys();
    expect(holding.sort()).toEqual(['c1', 'c2']);
    expect(await current.contracts.get('c3')).toMatchObject({ receiptKeys: [] });
    current.close();
  });

  it('moves the settled rows of version 6, a row per record, into a row per kind', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v6 = shippedDatabase(deps, 6);
    const pending = { state: 'pending', version: 0 };
    await v6.table('persons').bulkPut([
      { id: 'p1', sync: pending, record: { kind: 'person', id: 'p1', version: 0 } },
      { id: 'p2', sync: pending, record: { kind: 'person', id: 'p2', version: 0 } },
    ]);
    await v6.table('applications').put({
      id: 'a1',
      sync: pending,
      record: { kind: 'application', id: 'a1', version: 1 },
    });
    await v6.table('settled').bulkPut([
      { id: 'p1', kind: 'person', version: 1 },
      { id: 'a1', kind: 'application', version: 2 },
      { id: 'p2', kind: 'person', version: 1 },
    ]);
    v6.close();

    const current = openDatabase(deps);
    await current.open();
    expect(current.verno).toBe(DB_VERSION);
    expect(current.tables.map((table) => table.name)).not.toContain('settled');
    expect(await current.settledBatches.toArray()).toEqual([
      { key: 1, kind: 'application', ids: ['a1'], versions: [2], first: 'a1', last: 'a1' },
      { key: 2, kind: 'person', ids: ['p1', 'p2'], versions: [1, 1], first: 'p1', last: 'p2' },
    ]);
    current.close();
  });

  it('adds the tables of versions 5 to 7 to a database written by version 4', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v4 = shippedDatabase(deps, 4);
    await v4.table('contracts').put({
      id: 'c1',
      number: 'N1',
      sync: { state: 'synced', version: 1 },
      record: { kind: 'contract' },
      receiptKeys: ['7284440500123456:501'],
    });
    v4.close();

    const current = openDatabase(deps);
    await current.open();
    expect(current.verno).toBe(DB_VERSION);
    expect(
      await current.contracts.where('receiptKeys').equals('7284440500123456:501').count(),
    ).toBe(1);
    expect(await current.settledBatches.count()).toBe(0);
    expect(await current.pulledPages.count()).toBe(0);
    current.close();
    expect(await installedSchema(deps)).toEqual(await shippedSchema());
  });

  it('moves the settled rows of version 5, which had no pulled pages yet', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v5 = shippedDatabase(deps, 5);
    await v5.table('settled').put({ id: 'p1', kind: 'person', version: 1 });
    v5.close();

    const current = openDatabase(deps);
    await current.open();
    expect(current.tables.map((table) => table.name)).not.toContain('settled');
    expect(await current.settledBatches.toArray()).toEqual([
      { key: 1, kind: 'person', ids: ['p1'], versions: [1], first: 'p1', last: 'p1' },
    ]);
    expect(await current.pulledIndex.count()).toBe(0);
    current.close();
  });
});
