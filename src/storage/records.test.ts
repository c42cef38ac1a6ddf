import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  exampleApplication,
  exampleCertificate,
  exampleContract,
  examplePerson,
  exampleResult,
  EXAMPLE_IDS,
} from '../core/records/examples';
import { DEFAULT_ADMISSION_POLICY } from '../core/admission/policy';
import { DEFAULT_CLINIC_POLICY } from '../core/clinic/settings';
import { newId } from '../core/ids';
import { canonicalJsonByDefinition } from '../core/records/canonicalJson';
import { openDatabase } from './database';
import type { WriteContext } from './records';
import { readRecord, recordsWhere, writeNumberedRecord, writeRecord } from './records';

function freshDatabase() {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

let counter = 0;
function context(role: WriteContext['role']): WriteContext {
  return {
    role,
    now: () => new Date('2026-11-26T10:00:00Z'),
    random: (n) => {
      counter += 1;
      return new Uint8Array(n).fill(counter % 256);
    },
  };
}

describe('writing a record on the tablet', () => {
  it('saves the record and its outbox entry together, marked pending', async () => {
    const db = freshDatabase();
    const person = examplePerson();
    const written = await writeRecord(db, person, context('registrar'));
    expect(written.ok).toBe(true);

    const stored = await readRecord(db, 'person', person.id);
    expect(stored?.record).toEqual(person);
    expect(stored?.sync).toEqual({ state: 'pending', version: 0 });
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ kind: 'person', recordId: person.id, state: 'queued' });
  });

  it('queues the record with its keys sorted, so its plain JSON is what the register hashes', async () => {
    const db = freshDatabase();
    const person = examplePerson();
    await writeRecord(db, person, context('registrar'));
    const [op] = await db.outbox.toArray();
    expect(op?.record).toEqual(person);
    expect(JSON.stringify(op?.record)).toBe(canonicalJsonByDefinition(op?.record));
  });

  it('finds a person by the keys the desk searches', async () => {
    const db = freshDatabase();
    const person = examplePerson();
    await writeRecord(db, person, context('registrar'));
    const bySnils = await recordsWhere(db, 'person', 'snils', person.snils ?? '');
    expect(bySnils.map((s) => s.record.id)).toEqual([person.id]);
    const byName = await db.persons.where('searchName').startsWith('щербак').toArray();
    expect(byName.map((row) => row.id)).toEqual([person.id]);
  });

  it('refuses a record the role may not write, and writes nothing', async () => {
    const db = freshDatabase();
    const refused = await writeRecord(db, exampleResult(), context('registrar'));
    expect(refused).toMatchObject({ ok: false, reason: 'role-may-not-write' });
    expect(await db.results.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses a half-valid record, and writes nothing', async () => {
    const db = freshDatabase();
    const broken = { ...examplePerson(), snils: '11223344500' };
    const refused = await writeRecord(db, broken, context('registrar'));
    expect(refused).toMatchObject({ ok: false, reason: 'invalid-record' });
    expect(await db.persons.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses to change a paid contract, but lets it be refunded', async () => {
    const db = freshDatabase();
    const paid = exampleContract();
    expect(paid.status).toBe('paid');
    await writeRecord(db, paid, context('registrar'));
    const changed = await writeRecord(
      db,
      { ...paid, priceKopecks: paid.priceKopecks + 100 },
      context('registrar'),
    );
    expect(changed).toMatchObject({ ok: false, reason: 'record-immutable' });

    const refunded = await writeRecord(
      db,
      {
        ...paid,
        status: 'refunded',
        cancelReason: 'Анализ не выполнен',
        cancelledAt: '2026-11-26T11:00:00.000Z',
      },
      context('registrar'),
    );
    expect(refunded.ok).toBe(true);
    expect(await db.outbox.count()).toBe(2);
  });

  it('refuses an edit over a conflict, so the tablet’s side is never dropped unseen', async () => {
    const db = freshDatabase();
    const person = examplePerson();
    await db.persons.put({
      id: person.id,
      record: { ...person, version: 4 },
      sync: { state: 'conflict', version: 4, reason: 'phone' },
      conflict: { fields: ['phone'], tabletRecord: { ...person, phone: '+79140000002' } },
    });
    const written = await writeRecord(db, { ...person, address: 'Мильково' }, context('registrar'));
    expect(written).toMatchObject({ ok: false, reason: 'record-in-conflict' });
    expect((await db.persons.get(person.id))?.sync.state).toBe('conflict');
    expect(await db.outbox.count()).toBe(0);
  });

  it('leaves the record table as it was when its outbox entry cannot be written', async () => {
    const db = freshDatabase();
    const person = examplePerson();
    await writeRecord(db, person, context('registrar'));
    const before = await db.persons.toArray();
    // An outbox that refuses every entry, as a full disk or a broken index would.
    db.outbox.hook('creating', () => {
      throw new Error('outbox unavailable (test)');
    });

    const stranger = examplePerson({
      id: newId(context('registrar').now, (n) => new Uint8Array(n)),
    });
    await expect(writeRecord(db, stranger, context('registrar'))).rejects.toThrow(
      'outbox unavailable (test)',
    );
    await expect(
      writeRecord(db, { ...person, address: 'Мильково' }, context('registrar')),
    ).rejects.toThrow('outbox unavailable (test)');

    expect(await db.persons.toArray()).toEqual(before);
    expect(await db.outbox.count()).toBe(1);
  });

  it('never rewrites an issued certificate', async () => {
    const db = freshDatabase();
    const certificate = exampleCertificate();
    await writeRecord(db, certificate, context('commission'));
    const rewritten = await writeRecord(
      db,
      { ...certificate, protocolNumber: 'другой' },
      context('commission'),
    );
    expect(rewritten).toMatchObject({ ok: false, reason: 'record-immutable' });
    expect((await readRecord(db, 'certificate', certificate.id))?.record).toEqual(certificate);
  });
});

describe('numbering a contract on the tablet', () => {
  const numbering = {
    series: 'contract' as const,
    clinicCode: 'PKGP3',
    tabletCode: 'T1',
    year: 2026,
  };

  it('gives consecutive numbers and keeps them with the records', async () => {
    const db = freshDatabase();
    const first = await writeNumberedRecord(
      db,
      'contract',
      numbering,
      (number) => exampleContract({ number }),
      context('registrar'),
    );
    const second = await writeNumberedRecord(
      db,
      'contract',
      numbering,
      (number) => exampleContract({ id: EXAMPLE_IDS.application as never, number }),
      context('registrar'),
    );
    expect(first.ok && first.value.number).toBe('PKGP3-T1-2026-000001');
    expect(second.ok && second.value.number).toBe('PKGP3-T1-2026-000002');
  });

  it('spends no number on a refused record', async () => {
    const db = freshDatabase();
    const refused = await writeNumberedRecord(
      db,
      'contract',
      numbering,
      (number) => exampleContract({ number }),
      context('lab'),
    );
    expect(refused).toMatchObject({ ok: false, reason: 'role-may-not-write' });
    const next = await writeNumberedRecord(
      db,
      'contract',
      numbering,
      (number) => exampleContract({ number }),
      context('registrar'),
    );
    expect(next.ok && next.value.number).toBe('PKGP3-T1-2026-000001');
    expect(await db.outbox.count()).toBe(1);
  });

  it('answers a refusal by the statement rules, spending no number and writing nothing', async () => {
    const db = freshDatabase();
    const rules = {
      clinic: { priceList: [], kits: [], policy: DEFAULT_CLINIC_POLICY },
      admissionPolicy: DEFAULT_ADMISSION_POLICY,
    };
    // No statement on this tablet: the contract has nothing to belong to.
    const refused = await writeNumberedRecord(
      db,
      'contract',
      numbering,
      (number) => exampleContract({ number }),
      { ...context('registrar'), rules },
    );
    expect(refused).toMatchObject({ ok: false, reason: 'statement-unknown' });
    expect(await db.outbox.count()).toBe(0);
    await writeRecord(db, examplePerson(), context('registrar'));
    await writeRecord(db, exampleApplication(), context('registrar'));
    const next = await writeNumberedRecord(
      db,
      'contract',
      numbering,
      (number) => exampleContract({ number }),
      { ...context('registrar'), rules },
    );
    expect(next.ok && next.value.number).toBe('PKGP3-T1-2026-000001');
  });
});
