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
import type { CertificateId, OpId, PersonId } from '../core/ids';
import type { SerialNumber } from '../core/contract/number';
import { openDatabase } from './database';
import type { SeroDeskDatabase } from './database';
import {
  casesOfDay,
  loadCase,
  loadCertificateSheet,
  parseSearchDate,
  rememberStaffName,
  searchPersons,
  staffName,
} from './deskQueries';
import { applyAnswers, takeBatch } from './outbox';
import { applyPulled } from './pulled';
import type { WriteContext } from './records';
import { writeRecord } from './records';

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

const other = examplePerson({
  id: '0193a0b0-0000-7000-8000-0000000000ff' as PersonId,
  surname: 'Иванова',
  givenName: 'Мария',
  patronymic: undefined,
  surnameLatin: 'IVANOVA',
  givenNameLatin: 'MARIIA',
  birthDate: '1990-01-02' as CalendarDate,
  document: { type: 'foreign-passport', series: '75', number: '1234567' },
  snils: undefined,
  phone: '+74152123456',
});

async function withTwoPeople() {
  const db = freshDatabase();
  await writeRecord(db, examplePerson(), admin);
  await writeRecord(db, other, admin);
  return db;
}

const ids = async (found: Promise<{ record: { id: string } }[]>) =>
  (await found).map((p) => p.record.id);

describe('finding a person at the desk', () => {
  it('finds by a surname prefix typed in any case, with ё read as е', async () => {
    const db = await withTwoPeople();
    expect(await ids(searchPersons(db, 'щЕрБа'))).toEqual([examplePerson().id]);
    expect(await ids(searchPersons(db, 'иванова ма'))).toEqual([other.id]);
    expect(await ids(searchPersons(db, 'петров'))).toEqual([]);
  });

  it('finds by SNILS in its printed form, by phone as typed and by birth date in Russian form', async () => {
    const db = await withTwoPeople();
    expect(await ids(searchPersons(db, '112-233-445 95'))).toEqual([examplePerson().id]);
    expect(await ids(searchPersons(db, '8 (4152) 12-34-56'))).toEqual([other.id]);
    expect(await ids(searchPersons(db, '31.08.1985'))).toEqual([examplePerson().id]);
  });

  it('finds by the series and number of a Russian or foreign passport', async () => {
    const db = await withTwoPeople();
    expect(await ids(searchPersons(db, '30 05 123456'))).toEqual([examplePerson().id]);
    expect(await ids(searchPersons(db, '75 1234567'))).toEqual([other.id]);
  });

  it('returns nothing for an empty query', async () => {
    const db = await withTwoPeople();
    expect(await searchPersons(db, '   ')).toEqual([]);
  });

  it('reads dates typed as дд.мм.гггг and ISO, and refuses impossible days', () => {
    expect(parseSearchDate('14.03.1985')).toBe('1985-03-14');
    expect(parseSearchDate('1985-03-14')).toBe('1985-03-14');
    expect(parseSearchDate('31.02.1985')).toBeUndefined();
  });
});

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
      const written = await writeRecord(db, record, admin);
      expect(written.ok).toBe(true);
    }
    const loaded = await loadCase(db, exampleApplication().id);
    expect(loaded?.person?.record.id).toBe(examplePerson().id);
    expect(loaded?.contracts.map((c) => c.record.number)).toEqual([exampleContract().number]);
    expect(loaded?.results.map((r) => r.record.id)).toEqual([exampleResult().id]);
    expect(loaded?.revocations.map((r) => r.record.id)).toEqual([exampleRevocation().id]);
    expect(loaded?.certificates[0]?.sync.state).toBe('pending');

    expect(await casesOfDay(db, '2026-11-20' as CalendarDate)).toHaveLength(1);
    expect(await casesOfDay(db, '2026-11-21' as CalendarDate)).toHaveLength(0);
    expect(await loadCase(db, exampleContract().id)).toBeUndefined();
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
    await writeRecord(db, certificate, admin);
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
    expect((await db.certificates.get(certificate.id))?.sync.state).toBe('synced');
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
    await writeRecord(db, certificate, admin);
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
});
