import { describe, expect, it } from 'vitest';
import { exampleReceipt } from '../core/records/examples';
import type { ContractRecord } from '../core/records/contract';
import { cancelContract, recordContract, recordPayment } from './contract';
import { FIXTURE_STATEMENT, openCashierDesk } from './deskFixture';
import { correctRefusedReceipt, loadSyncProblems } from './problems';
import {
  acceptedAs,
  answerAll,
  ENTRY,
  NOW,
  onAnotherContract,
  paidWith,
  refusedPayment,
  RIGHT,
  theRefusal,
} from './refusedReceiptFixture';

// A contract the register refused because its receipt is on another contract (two tablets
// offline took one receipt) is put right at the desk with the right receipt: storage writes it
// over the register's copy (storage/receiptCorrection.ts), with every rule, or not at all.

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
