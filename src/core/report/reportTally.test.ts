import { describe, expect, it } from 'vitest';
import type { ReceiptLocalTime } from '../contract/fiscalReceipt';
import type { SerialNumber } from '../contract/number';
import type { CalendarDate } from '../records/calendarDate';
import {
  exampleApplication,
  exampleCertificate,
  exampleContract,
  exampleReceipt,
  exampleRevocation,
} from '../records/examples';
import { eventsOfRecord } from './events';
import { isEmptyFigures, paidTotal } from './figures';
import { addRows, createReportTally } from './reportTally';

const d = (text: string) => text as CalendarDate;
const KAMCHATKA = 12 * 60;
const NOVEMBER_BY_WEEK = { from: d('2026-11-01'), to: d('2026-11-30'), by: 'week' } as const;

describe('report figures', () => {
  it('counts a certificate issued at 13:00 UTC on 30 November in December, in Kamchatka', () => {
    const tally = createReportTally({ from: d('2026-11-30'), to: d('2026-12-01'), by: 'day' });
    const late = exampleCertificate({ issuedAt: '2026-11-30T13:00:00.000Z', decision: 'absence' });
    for (const event of eventsOfRecord(late, KAMCHATKA)) tally.add(event);
    const { rows } = tally.rows();
    expect(rows[0]?.figures.certificates).toEqual({ presence: 0, absence: 0 });
    expect(rows[1]?.figures.certificates).toEqual({ presence: 0, absence: 1 });
  });

  it('counts reprints only as duplicates and corrections under their conclusion too', () => {
    const tally = createReportTally(NOVEMBER_BY_WEEK);
    const original = exampleCertificate({ issuedAt: '2026-11-20T01:00:00.000Z' });
    const reprint = exampleCertificate({
      issuedAt: '2026-11-21T01:00:00.000Z',
      duplicateOf: original.id,
      duplicateReason: 'Утеря',
    });
    const correction = exampleCertificate({
      issuedAt: '2026-11-22T01:00:00.000Z',
      decision: 'absence',
      supersedes: original.id,
    });
    for (const record of [original, reprint, correction]) {
      for (const event of eventsOfRecord(record, KAMCHATKA)) tally.add(event);
    }
    const { total } = tally.rows();
    expect(total.certificates).toEqual({ presence: 1, absence: 1 });
    expect(total.duplicates).toBe(1);
    expect(total.corrections).toBe(1);
  });

  it('counts a payment on its receipt’s day and a refund on the refund receipt’s day, in kopecks', () => {
    const tally = createReportTally({ from: d('2026-11-01'), to: d('2026-11-30'), by: 'day' });
    const refunded = exampleContract({
      method: 'cash',
      status: 'refunded',
      cancelReason: 'Отказ',
      cancelledAt: '2026-11-24T23:00:00.000Z',
      receipt: exampleReceipt({
        localTime: '2026-11-20T12:25' as ReceiptLocalTime,
        sumKopecks: 95_050,
      }),
      refundReceipt: exampleReceipt({
        localTime: '2026-11-25T11:00' as ReceiptLocalTime,
        documentNumber: '18',
        operation: 'income-return',
        sumKopecks: 95_050,
      }),
    });
    for (const event of eventsOfRecord(refunded, KAMCHATKA)) tally.add(event);
    const { rows, total } = tally.rows();
    expect(rows.find((r) => r.bucket.key === '2026-11-20')?.figures.payments.cash).toEqual({
      count: 1,
      kopecks: 95_050,
    });
    expect(rows.find((r) => r.bucket.key === '2026-11-25')?.figures.refunds).toEqual({
      count: 1,
      kopecks: 95_050,
    });
    expect(paidTotal(total)).toEqual({ count: 1, kopecks: 95_050 });
  });

  it('counts one receipt recorded on two contracts once, as the shift reconciliation does', () => {
    const tally = createReportTally(NOVEMBER_BY_WEEK);
    for (const contract of [
      exampleContract(),
      exampleContract({ number: 'KAM01-T03-2026-000043' as SerialNumber }),
    ]) {
      for (const event of eventsOfRecord(contract, KAMCHATKA)) tally.add(event);
    }
    expect(tally.rows().total.payments.card.count).toBe(1);
  });

  it('counts statements on their date and leaves out events outside the period', () => {
    const tally = createReportTally(NOVEMBER_BY_WEEK);
    const events = [
      exampleApplication({ date: d('2026-11-01') }),
      exampleApplication({ date: d('2026-12-01') }),
      exampleRevocation({ at: '2026-11-30T11:00:00.000Z' }),
      exampleRevocation({ at: '2026-11-30T12:00:00.000Z' }),
    ].flatMap((record) => eventsOfRecord(record, KAMCHATKA));
    for (const event of events) tally.add(event);
    const { rows, total } = tally.rows();
    expect(rows[0]?.figures.statements).toBe(1);
    expect(total.statements).toBe(1);
    expect(total.revocations).toBe(1);
  });

  it('adds clinics bucket by bucket, and an untouched period is empty', () => {
    const a = createReportTally(NOVEMBER_BY_WEEK);
    const b = createReportTally(NOVEMBER_BY_WEEK);
    expect(isEmptyFigures(a.rows().total)).toBe(true);
    a.add({ kind: 'transfer', on: d('2026-11-03'), state: 'accepted' });
    b.add({ kind: 'transfer', on: d('2026-11-04'), state: 'failed' });
    b.add({ kind: 'statement', on: d('2026-11-30') });
    const both = addRows([a.rows(), b.rows()], NOVEMBER_BY_WEEK);
    expect(both.rows[1]?.figures.transfer).toMatchObject({ accepted: 1, failed: 1 });
    expect(both.rows[5]?.figures.statements).toBe(1);
    expect(both.total.statements).toBe(1);
    expect(isEmptyFigures(both.total)).toBe(false);
  });
});
