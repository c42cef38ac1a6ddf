import Dexie from 'dexie';
import type { ObservabilitySet } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../core/records/calendarDate';
import {
  exampleApplication,
  exampleCertificate,
  exampleContract,
  examplePerson,
  exampleResult,
  exampleRevocation,
  exampleSample,
} from '../core/records/examples';
import type { CertificateId, OpId } from '../core/ids';
import type { SerialNumber } from '../core/contract/number';
import { openDatabase } from './database';
import type { SeroDeskDatabase } from './database';
import {
  storedStatementsOfDay,
  loadDeskStatement,
  loadCertificateSheet,
  rememberStaffName,
  staffName,
} from './deskQueries';
import { takeBatch } from './outbox';
import { applyAnswers } from './outboxAnswers';
import { applyPulled } from './pulled';
import type { WriteContext } from './records';
import { readRecord, writeRecord } from './records';

function freshDatabase() {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

let counter = 0;
const admin: WriteContext = {
  role: 'admin',
  now: () => new Date('2026-11-26T10:00:00Z'),
  random: (n) => {
    counter += 1;
    return new Uint8Array(n).fill(counter % 256);
  },
};
// Only the commission issues a certificate (issue #11); the admin writes everything else here.
const commission: WriteContext = { ...admin, role: 'commission' };

describe('an application with its records', () => {
  it('gathers the person, contract, sample, result, certificate and revocation', async () => {
    const db = freshDatabase();
    for (const record of [
      examplePerson(),
      exampleApplication(),
      exampleContract(),
      exampleSample(),
      exampleResult(),
      exampleCertificate(),
      exampleRevocation(),
    ]) {
      const written = await writeRecord(
        db,
        record,
        record.kind === 'certificate' ? commission : admin,
      );
      expect(written.ok).toBe(true);
    }
    const loaded = await loadDeskStatement(db, exampleApplication().id);
    expect(loaded?.person?.record.id).toBe(examplePerson().id);
    expect(loaded?.contracts.map((c) => c.record.number)).toEqual([exampleContract().number]);
    expect(loaded?.results.map((r) => r.record.id)).toEqual([exampleResult().id]);
    expect(loaded?.revocations.map((r) => r.record.id)).toEqual([exampleRevocation().id]);
    expect(loaded?.certificates[0]?.sync.state).toBe('pending');

    expect(await storedStatementsOfDay(db, '2026-11-20' as CalendarDate)).toHaveLength(1);
    expect(await storedStatementsOfDay(db, '2026-11-21' as CalendarDate)).toHaveLength(0);
    expect(await loadDeskStatement(db, exampleContract().id)).toBeUndefined();
  });
});

describe('where a certificate stands: revoked only once the register has the revocation', () => {
  const certificate = exampleCertificate();
  const revocation = exampleRevocation({ reason: 'error', note: 'Ошибка в дате рождения' });

  async function standing(db: SeroDeskDatabase, id: string = certificate.id) {
    return (await loadCertificateSheet(db, id))?.standing.state;
  }

  /** The certificate synced earlier, then revoked on this tablet (not yet sent). */
  async function revokedHere() {
    const db = freshDatabase();
    await writeRecord(db, examplePerson(), admin);
    await writeRecord(db, certificate, commission);
    const first = await takeBatch(db, 100);
    await applyAnswers(
      db,
      first,
      first.entries.map((entry, index) => ({
        opId: entry.op.opId,
        status: 'accepted' as const,
        seq: index + 1,
        version: 1,
      })),
    );
    await writeRecord(db, revocation, admin);
    return db;
  }

  it('is in force with no revocation, and waiting while the revocation is in the outbox', async () => {
    const db = await revokedHere();
    const sheet = await loadCertificateSheet(db, certificate.id);
    // The certificate itself is in the register; its revocation is not.
    expect((await readRecord(db, 'certificate', certificate.id))?.sync.state).toBe('synced');
    expect(sheet?.standing).toMatchObject({
      state: 'revocation-waiting',
      revocation: { record: { id: revocation.id }, sync: { state: 'pending' } },
    });
  });

  it('stays waiting while sending, when the answer names only other ops, and after a pull', async () => {
    const db = await revokedHere();
    const batch = await takeBatch(db, 100);
    expect(await standing(db)).toBe('revocation-waiting');
    // The register's reply was lost, or answered other ops of the batch only.
    await applyAnswers(db, batch, []);
    expect(await standing(db)).toBe('revocation-waiting');
    // A pull brings the revocation (the register stored it before the reply was lost): the
    // op is still queued, so the pulled row does not pass for the acknowledgement.
    await applyPulled(db, [{ seq: 9, version: 1, record: { ...revocation, version: 1 } }], 9);
    expect(await standing(db)).toBe('revocation-waiting');
    expect((await db.revocations.get(revocation.id))?.sync.state).toBe('pending');
  });

  it('is revoked once the register acknowledges the revocation’s own op', async () => {
    const db = await revokedHere();
    const batch = await takeBatch(db, 100);
    const opId = batch.entries[0]?.op.opId ?? ('' as OpId);
    await applyAnswers(db, batch, [{ opId, status: 'accepted', seq: 8, version: 1 }]);
    expect(await standing(db)).toBe('revoked');
    expect(await db.outbox.count()).toBe(0);
  });

  it('says the register refused the revocation: the card still passes at the door', async () => {
    const db = await revokedHere();
    const batch = await takeBatch(db, 100);
    const opId = batch.entries[0]?.op.opId ?? ('' as OpId);
    await applyAnswers(db, batch, [
      {
        opId,
        status: 'rejected',
        reason: 'revocation-foreign-certificate',
        message: { ru: 'р', en: 'e' },
      },
    ]);
    expect(await standing(db)).toBe('revocation-refused');
  });

  it('gives a duplicate the standing of its original: they share the card', async () => {
    const db = await revokedHere();
    const duplicate = exampleCertificate({
      id: '0193a0b0-0000-7000-8000-0000000000d7' as CertificateId,
      number: 'KAM01-T03-2026-000017' as SerialNumber,
      duplicateOf: certificate.id,
    });
    await writeRecord(db, duplicate, admin);
    expect(await standing(db, duplicate.id)).toBe('revocation-waiting');
  });

  it('is in force when nothing revokes it', async () => {
    const db = freshDatabase();
    await writeRecord(db, examplePerson(), admin);
    await writeRecord(db, certificate, commission);
    expect(await standing(db)).toBe('in-force');
    expect(await loadCertificateSheet(db, 'none')).toBeUndefined();
  });
});

describe('staff names for printing', () => {
  it('remembers a member’s name by id', async () => {
    const db = freshDatabase();
    await rememberStaffName(db, 'abc', 'Петров Андрей Викторович');
    expect(await staffName(db, 'abc')).toBe('Петров Андрей Викторович');
    expect(await staffName(db, 'nobody')).toBeUndefined();
  });

  it('writes nothing when the name is already kept, and a changed name anew', async () => {
    const db = freshDatabase();
    await rememberStaffName(db, 'abc', 'Петров Андрей Викторович');
    const written: string[] = [];
    const watch = (parts: ObservabilitySet) => {
      written.push(...Object.keys(parts).filter((part) => part.includes('/meta/')));
    };
    Dexie.on.storagemutated.subscribe(watch);
    try {
      // Dexie tells of a commit after it, in a later task.
      const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
      await rememberStaffName(db, 'abc', 'Петров Андрей Викторович');
      await settle();
      expect(written).toEqual([]);
      await rememberStaffName(db, 'abc', 'Петров Андрей Викторович (зав.)');
      await settle();
      expect(written).not.toEqual([]);
      expect(await staffName(db, 'abc')).toBe('Петров Андрей Викторович (зав.)');
    } finally {
      Dexie.on.storagemutated.unsubscribe(watch);
    }
  });
});
