import { describe, expect, it } from 'vitest';
import { exampleReceipt } from '../core/records/examples';
import { readRecord } from '../storage/records';
import { cancelContract, recordContract, recordPayment } from './contract';
import { FIXTURE_SERVICE, FIXTURE_STATEMENT, openCashierDesk } from './deskFixture';
import { WRITE_MESSAGES } from './writeFailure';

const NOW = new Date('2026-11-20T01:10:00.000Z');

describe('recording a contract', () => {
  it('stores the service name in Russian even when the cashier works in English', async () => {
    const desk = await openCashierDesk(NOW);
    const english = { ...desk.env, language: 'en' as const };
    const written = await recordContract(english, FIXTURE_STATEMENT, {
      service: FIXTURE_SERVICE,
      payer: { kind: 'self' },
      method: undefined,
    });
    if (!written.ok) throw new Error(written.reason);
    expect(written.value).toMatchObject({
      serviceName: 'Определение антител IgG к SARS-CoV-2',
      priceKopecks: 95000,
      status: 'draft',
      method: 'cash',
      number: 'KAM01-T03-2026-000001',
    });
  });

  it('numbers contracts one after another and records a payment given at once', async () => {
    const desk = await openCashierDesk(NOW);
    const receipt = exampleReceipt({ documentNumber: '451' });
    const payment = { method: 'card' as const, receipt, paidAt: NOW.toISOString() };
    const entry = {
      service: FIXTURE_SERVICE,
      payer: { kind: 'self' as const },
      method: 'card' as const,
    };
    const first = await recordContract(desk.env, FIXTURE_STATEMENT, entry);
    const second = await recordContract(desk.env, FIXTURE_STATEMENT, { ...entry, payment });
    if (!first.ok || !second.ok) throw new Error('write refused');
    expect(second.value.number).not.toBe(first.value.number);
    expect(second.value).toMatchObject({ status: 'paid', receiptNumber: '451', receipt });

    // One receipt proves one payment: the first contract needs a receipt of its own.
    const again = await recordPayment(desk.env, first.value, payment);
    expect(again).toEqual({
      ok: false,
      reason: 'receipt-on-another-contract',
      detail: `ФН ${receipt.fiscalDrive}, ФД 451; № ${second.value.number}`,
    });
    const own = { ...payment, receipt: exampleReceipt({ documentNumber: '452' }) };
    const paidLater = await recordPayment(desk.env, first.value, own);
    expect(paidLater.ok && paidLater.value.status).toBe('paid');
  });

  it('refunds a paid contract and cancels an unpaid one, with the reason', async () => {
    const desk = await openCashierDesk(NOW);
    const entry = {
      service: FIXTURE_SERVICE,
      payer: { kind: 'self' as const },
      method: 'cash' as const,
    };
    const payment = {
      method: 'cash' as const,
      receipt: exampleReceipt(),
      paidAt: NOW.toISOString(),
    };
    const refundReceipt = exampleReceipt({ documentNumber: '18', operation: 'income-return' });
    const unpaid = await recordContract(desk.env, FIXTURE_STATEMENT, entry);
    const paid = await recordContract(desk.env, FIXTURE_STATEMENT, { ...entry, payment });
    if (!unpaid.ok || !paid.ok) throw new Error('write refused');
    expect((await cancelContract(desk.env, unpaid.value, 'Передумал')).ok).toBe(true);
    const noReceipt = await cancelContract(desk.env, paid.value, 'Передумал');
    expect(!noReceipt.ok && noReceipt.reason).toBe('refund-receipt-missing');
    expect((await cancelContract(desk.env, paid.value, 'Передумал', refundReceipt)).ok).toBe(true);
    const stored = async (id: string) => (await readRecord(desk.env.db, 'contract', id))?.record;
    expect(await stored(unpaid.value.id)).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Передумал',
    });
    expect(await stored(paid.value.id)).toMatchObject({
      status: 'refunded',
      cancelledAt: NOW.toISOString(),
      refundReceipt,
    });
  });

  it('refuses a payment whose receipt is for another sum than the price', async () => {
    const desk = await openCashierDesk(NOW);
    const written = await recordContract(desk.env, FIXTURE_STATEMENT, {
      service: FIXTURE_SERVICE,
      payer: { kind: 'self' },
      method: 'cash',
      payment: {
        method: 'cash',
        receipt: exampleReceipt({ sumKopecks: 90_000 }),
        paidAt: NOW.toISOString(),
      },
    });
    expect(!written.ok && written.reason).toBe('payment-receipt-sum-differs');
  });

  it('is refused for a role that may not write contracts, with a message in both languages', async () => {
    const desk = await openCashierDesk(NOW);
    const written = await recordContract(desk.as('lab'), FIXTURE_STATEMENT, {
      service: FIXTURE_SERVICE,
      payer: { kind: 'self' },
      method: undefined,
    });
    if (written.ok) throw new Error('a lab member wrote a contract');
    expect(WRITE_MESSAGES[written.reason].ru).not.toBe('');
    expect(WRITE_MESSAGES[written.reason].en).not.toBe('');
  });
});
