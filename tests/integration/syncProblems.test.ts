import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificateId, StaffId } from '../../src/core/ids';
import type { CertificateRecord } from '../../src/core/records/certificate';
import type { ContractRecord } from '../../src/core/records/contract';
import { exampleCertificate } from '../../src/core/records/examples';
import { newId } from '../../src/core/ids';
import { SYNC_PROTOCOL_VERSION } from '../../src/core/protocol/sync';
import type { PersonRecord } from '../../src/core/records/person';
import type { StaffRole } from '../../src/core/protocol/session';
import type { WriteContext } from '../../src/storage/records';
import { readRecord, writeRecord } from '../../src/storage/records';
import { writeReceiptCorrection } from '../../src/storage/receiptCorrection';
import { retryRejected } from '../../src/storage/refusedRecords';
import { listSyncProblems, resolveConflict } from '../../src/storage/syncProblems';
import { testDatabases } from '../support/databases';
import { ownReceipt } from '../support/receipts';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite, rawSync } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';
import { newPerson } from '../support/tablets';
import type { StatementChain } from '../support/statementChain';
import { acceptExampleKit, appointCommission, statementChain } from '../support/statementChain';
import { tabletCard } from '../support/signedCards';

// Who edited a record decides what the register lets through, and a conflict or a refusal
// is settled at the desk and reaches every tablet — simulated tablets, a real register, on
// every configured engine.

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

function as(suite: SyncSuite, tablet: SimTablet, role: StaffRole): WriteContext {
  return { role, staffId: suite.staff[role] as StaffId, now: tablet.now, random };
}

async function person(tablet: SimTablet, id: string): Promise<PersonRecord> {
  const stored = await readRecord(tablet.db, 'person', id);
  if (stored === undefined) throw new Error(`person ${id} missing on ${tablet.name}`);
  return stored.record;
}

async function syncAll(...tablets: SimTablet[]) {
  for (const tablet of tablets) expect((await tablet.engine.syncNow()).lastError).toBeNull();
}

async function atRegister(suite: SyncSuite, id: string): Promise<Record<string, unknown>> {
  const row = await suite.register.db.kysely
    .selectFrom('clinic_record')
    .select(['body', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { ...(JSON.parse(row.body) as Record<string, unknown>), version: row.version };
}

function contractOf(chain: StatementChain): ContractRecord {
  const contract = chain.records.find((record) => record.kind === 'contract');
  if (contract === undefined) throw new Error('a statement chain without a contract');
  return contract;
}

/**
 * Two statements, one on each tablet, whose contracts are paid with one receipt: `taken` on
 * the first, `again` — the second's contract with the first one's receipt — on the second.
 */
function oneReceiptTwice(a: SimTablet, b: SimTablet, admin: string) {
  const first = statementChain(a, admin);
  const second = statementChain(b, admin);
  const taken = contractOf(first);
  const again = {
    ...contractOf(second),
    receipt: taken.receipt,
    receiptNumber: taken.receiptNumber,
  };
  return { first, second, taken, again };
}

describe.each(testDatabases())('editors, conflicts and refusals on $engine', (database) => {
  let suite: SyncSuite;
  let a: SimTablet;
  let b: SimTablet;

  beforeAll(async () => {
    suite = await openSyncSuite(database);
    a = await suite.tablet('problems-A');
    b = await suite.tablet('problems-B');
  });

  afterAll(async () => {
    await suite.close();
  });

  it('refuses a lab member’s edit of a person even though a registrar registered it', async () => {
    const created = newPerson(a, suite.staff.registrar);
    await writeRecord(a.db, created, as(suite, a, 'registrar'));
    await syncAll(a);
    const edited = {
      ...(await person(a, created.id)),
      phone: '+79140000077',
      updatedBy: suite.staff.lab,
      updatedAt: a.now().toISOString(),
    };
    const answer = await rawSync(suite, a, 'push', {
      protocolVersion: SYNC_PROTOCOL_VERSION,
      tabletId: a.tabletId,
      ops: [{ opId: newId(a.now, random), kind: 'person', baseVersion: 1, record: edited }],
    });
    expect(answer.json).toMatchObject({
      answers: [{ status: 'rejected', reason: 'role-may-not-write', detail: 'lab' }],
    });
    expect(await atRegister(suite, created.id)).toMatchObject({ version: 1 });
  });

  it('accepts a registrar’s edit of a person an administrator registered, naming the editor', async () => {
    const created = newPerson(a, suite.staff.admin);
    await writeRecord(a.db, created, as(suite, a, 'admin'));
    await syncAll(a);
    const edit = { ...(await person(a, created.id)), phone: '+79140000078' };
    expect((await writeRecord(a.db, edit, as(suite, a, 'registrar'))).ok).toBe(true);
    await syncAll(a);
    expect((await readRecord(a.db, 'person', created.id))?.sync).toEqual({
      state: 'synced',
      version: 2,
    });
    expect(await atRegister(suite, created.id)).toMatchObject({
      phone: '+79140000078',
      createdBy: suite.staff.admin,
      updatedBy: suite.staff.registrar,
      version: 2,
    });
  });

  it('settles a phone clash with the tablet’s value and both tablets converge on it', async () => {
    const created = newPerson(a, suite.staff.registrar, { phone: '+79140000001' });
    await writeRecord(a.db, created, as(suite, a, 'registrar'));
    await syncAll(a, b);
    await writeRecord(
      a.db,
      { ...(await person(a, created.id)), phone: '+79140000002' },
      as(suite, a, 'registrar'),
    );
    await writeRecord(
      b.db,
      { ...(await person(b, created.id)), phone: '+79140000003' },
      as(suite, b, 'registrar'),
    );
    await syncAll(a, b);
    const { conflicts } = await listSyncProblems(b.db);
    expect(conflicts).toMatchObject([
      {
        recordId: created.id,
        fields: ['phone'],
        register: { phone: '+79140000002' },
        tablet: { phone: '+79140000003' },
      },
    ]);

    const resolved = await resolveConflict(
      b.db,
      'person',
      created.id,
      { phone: 'tablet' },
      as(suite, b, 'registrar'),
    );
    expect(resolved).toEqual({ ok: true, value: { sent: true } });
    await syncAll(b, a);
    for (const tablet of [a, b]) {
      expect(await person(tablet, created.id)).toMatchObject({ phone: '+79140000003' });
      expect((await readRecord(tablet.db, 'person', created.id))?.sync.state).toBe('synced');
      expect((await listSyncProblems(tablet.db)).conflicts).toEqual([]);
    }
    expect(await atRegister(suite, created.id)).toMatchObject({ phone: '+79140000003' });
  });

  it('sends a refused record again after the cause is fixed, under a new op id', async () => {
    // An author the register does not know: the op is refused and kept with its reason.
    const stranger = newId<StaffId>(a.now, random);
    const created = newPerson(a, stranger);
    await writeRecord(a.db, created, { ...as(suite, a, 'registrar'), staffId: stranger });
    await syncAll(a);
    expect((await listSyncProblems(a.db)).rejected).toMatchObject([
      { recordId: created.id, reason: 'unknown-author', mayPassAfterFix: true },
    ]);
    // The fix: the author joins the clinic's staff at the register.
    await suite.register.db.kysely
      .insertInto('staff')
      .values({
        id: stranger,
        clinic_id: a.clinicId,
        login: `temp-${stranger.slice(-6)}`,
        display_name: 'Временный регистратор',
        role: 'registrar',
        password_hash: 'x',
        created_at: a.now().toISOString(),
      })
      .execute();
    expect((await retryRejected(a.db, 'person', created.id, as(suite, a, 'registrar'))).ok).toBe(
      true,
    );
    await syncAll(a);
    expect((await readRecord(a.db, 'person', created.id))?.sync).toEqual({
      state: 'synced',
      version: 1,
    });
    expect((await listSyncProblems(a.db)).rejected).toEqual([]);
    expect(await atRegister(suite, created.id)).toMatchObject({ createdBy: stranger });
  });

  it('refuses a receipt two tablets took offline on the second push, naming the first contract', async () => {
    // Two cashiers' tablets, both offline, each record a payment with ФД of one receipt.
    const { first, second, taken, again } = oneReceiptTwice(a, b, suite.staff.admin);
    const upToContract = (chain: StatementChain) =>
      chain.records.filter((record) => ['person', 'application'].includes(record.kind));
    for (const record of [...upToContract(first), taken]) {
      expect((await writeRecord(a.db, record, as(suite, a, 'admin'))).ok).toBe(true);
    }
    for (const record of [...upToContract(second), again]) {
      expect((await writeRecord(b.db, record, as(suite, b, 'admin'))).ok).toBe(true);
    }

    await syncAll(a, b);
    expect(await atRegister(suite, taken.id)).toMatchObject({ status: 'paid' });
    const refused = (await listSyncProblems(b.db)).rejected.filter(
      (problem) => problem.recordId === again.id,
    );
    expect(refused).toMatchObject([
      {
        reason: 'receipt-on-another-contract',
        detail: `ФН ${taken.receipt?.fiscalDrive ?? ''}, ФД ${taken.receiptNumber ?? ''}; № ${taken.number}`,
        mayPassAfterFix: false,
      },
    ]);
    // Nothing of the second citizen's was lost: the person and the statement went through.
    for (const record of upToContract(second)) {
      expect(await atRegister(suite, record.id)).toMatchObject({ version: 1 });
    }

    // The cashier puts the receipt right on the problems screen; the contract goes through.
    expect(refused[0]?.correctReceipt).toBe('receipt');
    const right = ownReceipt();
    const corrected = await writeReceiptCorrection(
      b.db,
      { ...again, receipt: right, receiptNumber: right.documentNumber },
      as(suite, b, 'admin'),
    );
    expect(corrected.ok).toBe(true);
    await syncAll(b);
    expect(await atRegister(suite, again.id)).toMatchObject({
      status: 'paid',
      receiptNumber: right.documentNumber,
      version: 1,
    });
    expect((await listSyncProblems(b.db)).rejected).toEqual([]);
    expect((await readRecord(b.db, 'contract', again.id))?.sync).toEqual({
      state: 'synced',
      version: 1,
    });
  });

  it('sends a certificate issued on a refused payment with the corrected receipt, in one sync', async () => {
    // A's cashier took the receipt first; B's, offline, took it too and B's commission
    // issued the certificate on that payment: the register refuses both of B's.
    await acceptExampleKit(suite.register.db, b.clinicId);
    const commission = await appointCommission(
      suite.register.db,
      b.clinicId,
      suite.staff.commission,
    );
    await syncAll(a, b);
    const { first, second, again } = oneReceiptTwice(a, b, suite.staff.admin);
    for (const record of first.records) {
      expect((await writeRecord(a.db, record, as(suite, a, 'admin'))).ok).toBe(true);
    }
    for (const record of second.records) {
      const written = record.id === again.id ? again : record;
      expect((await writeRecord(b.db, written, as(suite, b, 'admin'))).ok).toBe(true);
    }
    const certificate = exampleCertificate({
      ...second.certificateFields,
      id: newId<CertificateId>(b.now, random),
      clinicId: b.clinicId,
      createdBy: suite.staff.commission as StaffId,
      commissionMemberId: suite.staff.commission as StaffId,
      commission,
      number: 'KAM01-T03-2026-000901' as CertificateRecord['number'],
      shcJws: await tabletCard(b, 'PaidTwice'),
      rid: 'PaidTwice',
    });
    expect((await writeRecord(b.db, certificate, as(suite, b, 'commission'))).ok).toBe(true);
    await syncAll(a, b);
    const refused = (await listSyncProblems(b.db)).rejected;
    expect(refused.map((problem) => [problem.recordId, problem.reason])).toEqual([
      [again.id, 'receipt-on-another-contract'],
      [certificate.id, 'certificate-checklist-failed'],
    ]);

    const right = ownReceipt();
    const corrected = await writeReceiptCorrection(
      b.db,
      { ...again, receipt: right, receiptNumber: right.documentNumber },
      as(suite, b, 'admin'),
    );
    expect(corrected).toMatchObject({ ok: true, value: { certificatesResent: 1 } });
    await syncAll(b);
    expect((await listSyncProblems(b.db)).rejected).toEqual([]);
    expect(await atRegister(suite, again.id)).toMatchObject({ status: 'paid', version: 1 });
    expect(await atRegister(suite, certificate.id)).toMatchObject({ rid: 'PaidTwice', version: 1 });
    expect((await readRecord(b.db, 'certificate', certificate.id))?.sync).toEqual({
      state: 'synced',
      version: 1,
    });
  });
});
