import { describe, expect, it } from 'vitest';
import type { ContractRecord } from '../core/records/contract';
import {
  EXAMPLE_IDS,
  exampleApplication,
  exampleCertificate,
  exampleContract,
  examplePerson,
  exampleReceipt,
} from '../core/records/examples';
import { readRecord, writeRecord } from '../storage/records';
import { openDeskFixture } from './deskFixture';
import { statementFacts } from './statementStage';
import { planWithdrawal, withdrawStatement } from './withdrawStatement';

const NOW = new Date('2026-11-20T01:10:00.000Z');
const unpaid = exampleContract({ status: 'draft', paidAt: undefined, receiptNumber: undefined });

async function deskWith(contract?: ContractRecord) {
  const seed = [examplePerson(), exampleApplication(), ...(contract ? [contract] : [])];
  const desk = await openDeskFixture('registrar', seed, NOW);
  return { ...desk, db: desk.env.db };
}

describe('withdrawing a statement before payment', () => {
  it('cancels the statement with the reason and time, and its unpaid contract with it', async () => {
    const { db, env, current } = await deskWith(unpaid);
    const queued = await db.outbox.count();
    const withdrawn = await withdrawStatement(env, await current(), '  Передумала  ');
    expect(withdrawn.ok).toBe(true);
    expect((await readRecord(db, 'application', EXAMPLE_IDS.application))?.record).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Передумала',
      cancelledAt: NOW.toISOString(),
      signedAt: exampleApplication().signedAt,
    });
    expect((await readRecord(db, 'contract', unpaid.id))?.record).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Передумала',
    });
    expect(await db.outbox.count()).toBe(queued + 2);
    const statement = await current();
    expect(statementFacts(statement).stage).toBe('cancelled');
    expect(statement.application.sync.state).toBe('pending');
  });

  it('refuses while the contract is paid, writing nothing; after a refund it withdraws', async () => {
    const paid = exampleContract();
    const { db, env, current } = await deskWith(paid);
    const queued = await db.outbox.count();
    expect(await withdrawStatement(env, await current(), 'Передумала')).toEqual({
      ok: false,
      reason: 'contract-paid',
    });
    expect(await db.outbox.count()).toBe(queued);
    expect((await current()).application.record.status).toBe('signed');

    const refundReceipt = exampleReceipt({ documentNumber: '18', operation: 'income-return' });
    const refunded = { ...paid, status: 'refunded' as const, cancelReason: 'Отказ', refundReceipt };
    expect(
      (await writeRecord(db, { ...refunded, cancelledAt: NOW.toISOString() }, env.write)).ok,
    ).toBe(true);
    expect((await withdrawStatement(env, await current(), 'Передумала')).ok).toBe(true);
    expect((await readRecord(db, 'contract', paid.id))?.record.status).toBe('refunded');
  });

  it('refuses without a reason and refuses a second withdrawal', async () => {
    const { env, current } = await deskWith();
    expect(await withdrawStatement(env, await current(), '   ')).toEqual({
      ok: false,
      reason: 'reason-missing',
    });
    expect((await withdrawStatement(env, await current(), 'Передумал')).ok).toBe(true);
    expect(await withdrawStatement(env, await current(), 'Ещё раз')).toEqual({
      ok: false,
      reason: 'already-cancelled',
    });
  });

  it('refuses an application that has a certificate, and a reason over 500 characters', async () => {
    const { current } = await deskWith();
    const statement = await current();
    const certified = {
      ...statement,
      certificates: [{ record: exampleCertificate(), sync: { state: 'synced', version: 1 } }],
    } as const;
    expect(planWithdrawal(certified, 'Передумал', NOW)).toEqual({
      ok: false,
      reason: 'certificate-issued',
    });
    expect(planWithdrawal(statement, 'я'.repeat(501), NOW)).toEqual({
      ok: false,
      reason: 'reason-too-long',
    });
  });

  it('is refused by storage for a role that may not write statements', async () => {
    const { as, current } = await deskWith();
    expect(await withdrawStatement(as('lab'), await current(), 'Передумал')).toMatchObject({
      ok: false,
      reason: 'role-may-not-write',
    });
    expect((await current()).application.record.status).toBe('signed');
  });
});
