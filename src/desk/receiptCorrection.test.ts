import { describe, expect, it } from 'vitest';
import type { OpAnswer } from '../core/protocol/sync';
import { exampleCertificate, exampleReceipt } from '../core/records/examples';
import type { ApplicationId, CertificateId, OpId } from '../core/ids';
import { newId } from '../core/ids';
import type { SerialNumber } from '../core/contract/number';
import { envelopeOf } from '../storage/indexKeys';
import type { ContractRecord } from '../core/records/contract';
import type { SeroDeskDatabase } from '../storage/database';
import { applyAnswers, takeBatch } from '../storage/outbox';
import { cancelContract, recordContract, recordPayment } from './contract';
import type { DeskFixture } from './deskFixture';
import { FIXTURE_SERVICE, FIXTURE_STATEMENT, openCashierDesk } from './deskFixture';
import type { RejectedProblem } from './problems';
import { correctRefusedReceipt, loadSyncProblems } from './problems';

// A contract the register refused because its receipt is on another contract (two tablets
// offline took one receipt) is put right at the desk with the right receipt: storage writes it
// over the register's copy (storage/receiptCorrection.ts), with every rule, or not at all.

const NOW = new Date('2026-11-20T01:10:00.000Z');
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const ENTRY = {
  service: FIXTURE_SERVICE,
  payer: { kind: 'self' as const },
  method: 'card' as const,
};
const TAKEN = exampleReceipt({ documentNumber: '501' });
const RIGHT = exampleReceipt({ documentNumber: '502' });
const paidWith = (receipt = TAKEN) => ({
  method: 'card' as const,
  receipt,
  paidAt: NOW.toISOString(),
});

/** Sends everything queued and answers each op as the register would: `answer(op record)`. */
async function answerAll(
  db: SeroDeskDatabase,
  answer: (opId: OpId, record: ContractRecord) => OpAnswer,
) {
  const batch = await takeBatch(db, 100);
  await applyAnswers(
    db,
    batch,
    batch.entries.map(({ op }) =>
      op.kind === 'contract'
        ? answer(op.opId, op.record as ContractRecord)
        : { opId: op.opId, status: 'accepted', seq: 1, version: 1 },
    ),
  );
}

const onAnotherContract = (opId: OpId): OpAnswer => ({
  opId,
  status: 'rejected',
  reason: 'receipt-on-another-contract',
  message: {
    ru: 'Этот чек уже указан в другом договоре',
    en: 'This receipt is on another contract',
  },
  detail: `ФН ${TAKEN.fiscalDrive}, ФД 501; № KAM01-T09-2026-000123`,
});
const acceptedAs =
  (version: number) =>
  (opId: OpId): OpAnswer => ({
    opId,
    status: 'accepted',
    seq: version,
    version,
  });

async function theRefusal(desk: DeskFixture): Promise<RejectedProblem> {
  const { rejected } = await loadSyncProblems(desk.env);
  const [problem] = rejected;
  if (problem === undefined || rejected.length !== 1) throw new Error('one refusal expected');
  return problem;
}

/** A desk whose contract, paid offline with the taken receipt, the register refused. */
async function refusedPayment(): Promise<{ desk: DeskFixture; paid: ContractRecord }> {
  const desk = await openCashierDesk(NOW);
  const paid = await recordContract(desk.env, FIXTURE_STATEMENT, {
    ...ENTRY,
    payment: paidWith(),
  });
  if (!paid.ok) throw new Error(paid.reason);
  await answerAll(desk.env.db, onAnotherContract);
  return { desk, paid: paid.value };
}

describe('correcting the receipt of a contract the register refused', () => {
  it('queues a contract paid offline again with the right receipt, as the register never had it', async () => {
    const { desk, paid } = await refusedPayment();
    const problem = await theRefusal(desk);
    expect(problem).toMatchObject({
      reasonCode: 'receipt-on-another-contract',
      correctReceipt: 'receipt',
    });

    const corrected = await correctRefusedReceipt(desk.env, problem, {
      receipt: RIGHT,
      paidAt: '2026-11-20T01:12:00.000Z',
    });
    expect(corrected).toMatchObject({
      ok: true,
      value: { contract: { receiptNumber: '502', receipt: RIGHT }, certificatesResent: 0 },
    });
    const ops = await desk.env.db.outbox.toArray();
    expect(ops).toMatchObject([
      { state: 'queued', baseVersion: 0, record: { id: paid.id, receiptNumber: '502' } },
    ]);
    expect((await desk.env.db.contracts.get(paid.id))?.sync).toEqual({
      state: 'pending',
      version: 0,
    });
    expect((await loadSyncProblems(desk.env)).rejected).toEqual([]);
  });

  it('queues a certificate refused for the unpaid contract alone again, behind the corrected contract', async () => {
    const { desk, paid } = await refusedPayment();
    // Certificates issued on that payment, as the register refused them in the same push.
    const refusedCertificate = async (
      id: string,
      number: string,
      applicationId: string,
      detail: string,
    ) => {
      const certificate = exampleCertificate({
        id: id as CertificateId,
        number: number as SerialNumber,
        applicationId: applicationId as ApplicationId,
      });
      await desk.env.db.certificates.put(envelopeOf(certificate, { state: 'pending', version: 0 }));
      await desk.env.db.outbox.add({
        opId: newId(() => NOW, random),
        kind: 'certificate',
        recordId: certificate.id,
        record: certificate,
        baseVersion: 0,
        queuedAt: NOW.toISOString(),
        state: 'rejected',
        reason: 'certificate-checklist-failed',
        detail,
      });
      return certificate.id;
    };
    const unpaidOnly = await refusedCertificate(
      '0193a000-0000-7000-8000-000000000c01',
      'KAM01-T09-2026-000201',
      FIXTURE_STATEMENT.applicationId,
      'contract-not-paid',
    );
    const neverHadContract = await refusedCertificate(
      '0193a000-0000-7000-8000-000000000c04',
      'KAM01-T09-2026-000204',
      FIXTURE_STATEMENT.applicationId,
      'contract-missing,records-incomplete',
    );
    const alsoTooOld = await refusedCertificate(
      '0193a000-0000-7000-8000-000000000c02',
      'KAM01-T09-2026-000202',
      FIXTURE_STATEMENT.applicationId,
      'contract-not-paid,sample-too-old',
    );
    const otherStatement = await refusedCertificate(
      '0193a000-0000-7000-8000-000000000c03',
      'KAM01-T09-2026-000203',
      '0193a000-0000-7000-8000-0000000000a9',
      'contract-missing',
    );

    const problem = (await loadSyncProblems(desk.env)).rejected.find(
      (refused) => refused.recordId === paid.id,
    );
    if (problem === undefined) throw new Error('the contract’s refusal is missing');
    const corrected = await correctRefusedReceipt(desk.env, problem, {
      receipt: RIGHT,
      paidAt: NOW.toISOString(),
    });
    expect(corrected).toMatchObject({ ok: true, value: { certificatesResent: 2 } });
    // One push carries the contract first and the certificate after it.
    const queued = await desk.env.db.outbox.where('state').equals('queued').sortBy('seq');
    expect(queued.map((row) => row.recordId)).toEqual([paid.id, unpaidOnly, neverHadContract]);
    expect((await desk.env.db.certificates.get(unpaidOnly))?.sync.state).toBe('pending');
    const stillRefused = (await loadSyncProblems(desk.env)).rejected.map(
      (refused) => refused.recordId,
    );
    expect(stillRefused.sort()).toEqual([alsoTooOld, otherStatement].sort());
  });

  it('writes the payment over the unpaid contract the register holds, which stays for a discard', async () => {
    const desk = await openCashierDesk(NOW);
    const draft = await recordContract(desk.env, FIXTURE_STATEMENT, ENTRY);
    if (!draft.ok) throw new Error(draft.reason);
    await answerAll(desk.env.db, acceptedAs(1));
    const stored = await desk.env.db.contracts.get(draft.value.id);
    const unpaid = { ...(stored?.record as ContractRecord), version: 1 };
    expect((await recordPayment(desk.env, unpaid, paidWith())).ok).toBe(true);
    await answerAll(desk.env.db, onAnotherContract);

    const problem = await theRefusal(desk);
    expect(problem.correctReceipt).toBe('receipt');
    const corrected = await correctRefusedReceipt(desk.env, problem, {
      receipt: RIGHT,
      paidAt: NOW.toISOString(),
    });
    expect(corrected.ok).toBe(true);
    expect(await desk.env.db.outbox.toArray()).toMatchObject([
      { state: 'queued', baseVersion: 1, record: { status: 'paid', receipt: RIGHT } },
    ]);
    expect(await desk.env.db.contracts.get(draft.value.id)).toMatchObject({
      sync: { state: 'pending', version: 1 },
      registerRecord: { status: 'draft' },
    });
  });

  it('corrects the refund’s receipt of a contract the register holds paid', async () => {
    const desk = await openCashierDesk(NOW);
    const paid = await recordContract(desk.env, FIXTURE_STATEMENT, {
      ...ENTRY,
      payment: paidWith(exampleReceipt({ documentNumber: '400' })),
    });
    if (!paid.ok) throw new Error(paid.reason);
    await answerAll(desk.env.db, acceptedAs(1));
    const refundTaken = exampleReceipt({ documentNumber: '601', operation: 'income-return' });
    const refunded = await cancelContract(
      desk.env,
      { ...paid.value, version: 1 },
      'передумал',
      refundTaken,
    );
    expect(refunded.ok).toBe(true);
    await answerAll(desk.env.db, onAnotherContract);

    const problem = await theRefusal(desk);
    expect(problem.correctReceipt).toBe('refundReceipt');
    const refundRight = exampleReceipt({ documentNumber: '602', operation: 'income-return' });
    const corrected = await correctRefusedReceipt(desk.env, problem, {
      receipt: refundRight,
      paidAt: NOW.toISOString(),
    });
    expect(corrected).toMatchObject({
      ok: true,
      value: {
        contract: { status: 'refunded', refundReceipt: refundRight, receiptNumber: '400' },
        certificatesResent: 0,
      },
    });
  });

  it('changes nothing when the right receipt is refused too, and says why', async () => {
    const desk = await openCashierDesk(NOW);
    // Another contract of this tablet already holds ФД 502.
    const other = await recordContract(desk.env, FIXTURE_STATEMENT, {
      ...ENTRY,
      payment: paidWith(RIGHT),
    });
    const paid = await recordContract(desk.env, FIXTURE_STATEMENT, {
      ...ENTRY,
      payment: paidWith(),
    });
    if (!other.ok || !paid.ok) throw new Error('write refused');
    await answerAll(desk.env.db, (opId, record) =>
      record.id === paid.value.id ? onAnotherContract(opId) : acceptedAs(1)(opId),
    );
    const before = await desk.env.db.outbox.toArray();

    const corrected = await correctRefusedReceipt(desk.env, await theRefusal(desk), {
      receipt: RIGHT,
      paidAt: NOW.toISOString(),
    });
    expect(corrected).toEqual({
      ok: false,
      reason: 'receipt-on-another-contract',
      detail: `ФН ${RIGHT.fiscalDrive}, ФД 502; № ${other.value.number}`,
    });
    expect(await desk.env.db.outbox.toArray()).toEqual(before);
    expect((await desk.env.db.contracts.get(paid.value.id))?.sync.state).toBe('rejected');
  });

  it('is not offered for another refusal, and the write refuses it too', async () => {
    const desk = await openCashierDesk(NOW);
    const paid = await recordContract(desk.env, FIXTURE_STATEMENT, {
      ...ENTRY,
      payment: paidWith(),
    });
    if (!paid.ok) throw new Error(paid.reason);
    await answerAll(desk.env.db, (opId) => ({
      opId,
      status: 'rejected',
      reason: 'unknown-author',
      message: { ru: 'р', en: 'e' },
    }));
    const problem = await theRefusal(desk);
    expect(problem.correctReceipt).toBeUndefined();
    const forced = await correctRefusedReceipt(
      desk.env,
      { ...problem, correctReceipt: 'receipt' },
      { receipt: RIGHT, paidAt: NOW.toISOString() },
    );
    expect(forced).toEqual({ ok: false, reason: 'receipt-not-correctable' });
    expect((await desk.env.db.outbox.toArray()).map((op) => op.state)).toEqual(['rejected']);
  });
});
