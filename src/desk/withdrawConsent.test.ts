import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_IDS,
  exampleApplication,
  exampleContract,
  examplePerson,
  exampleReceipt,
  exampleResult,
  exampleSample,
} from '../core/records/examples';
import type { ClinicRecord } from '../core/records/record';
import { readRecord, writeRecord } from '../storage/records';
import { openDeskFixture } from './deskFixture';
import { recordSample } from './lab';
import { keptRecords, planConsentWithdrawal, withdrawConsent } from './withdrawConsent';

const NOW = new Date('2026-11-20T03:00:00.000Z');
const unpaid = exampleContract({
  status: 'draft',
  paidAt: undefined,
  receiptNumber: undefined,
  receipt: undefined,
});

async function desk(seed: readonly ClinicRecord[]) {
  return openDeskFixture('registrar', seed, NOW);
}

describe('withdrawing a consent', () => {
  it('records what was withdrawn and when, and cancels the unpaid contract with it', async () => {
    const fixture = await desk([examplePerson(), exampleApplication(), unpaid]);
    const withdrawn = await withdrawConsent(
      fixture.env,
      await fixture.current(),
      ['personal-data', 'intervention'],
      ' Заявление пациента ',
    );
    expect(withdrawn.ok).toBe(true);
    const { db } = fixture.env;
    expect(
      (await readRecord(db, 'application', EXAMPLE_IDS.application))?.record.consentWithdrawal,
    ).toEqual({
      withdrawnAt: NOW.toISOString(),
      consents: ['personal-data', 'intervention'],
      reason: 'Заявление пациента',
    });
    expect((await readRecord(db, 'contract', unpaid.id))?.record).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Заявление пациента',
    });
  });

  it('stops the case: no sample is recorded afterwards', async () => {
    const fixture = await desk([examplePerson(), exampleApplication(), exampleContract()]);
    await withdrawConsent(fixture.env, await fixture.current(), ['personal-data'], '');
    const sample = await recordSample(fixture.as('lab'), exampleApplication(), {
      takenAt: NOW,
      tubeLabel: 'K-1',
      kitId: EXAMPLE_IDS.kit,
    });
    expect(sample).toMatchObject({ ok: false, reason: 'consent-withdrawn' });
  });

  it('still refunds a paid contract afterwards', async () => {
    const paid = exampleContract();
    const fixture = await desk([examplePerson(), exampleApplication(), paid]);
    await withdrawConsent(fixture.env, await fixture.current(), ['personal-data'], '');
    const refund = {
      ...paid,
      status: 'refunded' as const,
      cancelReason: 'Отзыв согласия',
      cancelledAt: NOW.toISOString(),
      refundReceipt: exampleReceipt({ documentNumber: '18', operation: 'income-return' }),
    };
    expect((await writeRecord(fixture.env.db, refund, fixture.env.write)).ok).toBe(true);
  });

  it('is refused a second time, and without anything chosen', async () => {
    const fixture = await desk([examplePerson(), exampleApplication()]);
    const statement = await fixture.current();
    expect(planConsentWithdrawal(statement, [], '', NOW)).toEqual({
      ok: false,
      reason: 'nothing-chosen',
    });
    await withdrawConsent(fixture.env, statement, ['personal-data'], '');
    expect(
      await withdrawConsent(fixture.env, await fixture.current(), ['personal-data'], ''),
    ).toEqual({ ok: false, reason: 'already-withdrawn' });
  });

  it('withdraws no ИДС that was never signed', async () => {
    const fixture = await desk([
      examplePerson(),
      exampleApplication({ interventionConsent: undefined }),
    ]);
    expect(planConsentWithdrawal(await fixture.current(), ['intervention'], '', NOW)).toMatchObject(
      { ok: false, reason: 'intervention-not-given' },
    );
  });

  it('names what the law keeps: the statement, medical records, receipts', async () => {
    const fixture = await desk([
      examplePerson(),
      exampleApplication(),
      exampleContract(),
      exampleSample(),
      exampleResult(),
    ]);
    expect(keptRecords(await fixture.current())).toEqual([
      'statement-and-consents',
      'medical-records',
      'receipts',
    ]);
  });
});
