import { describe, expect, it } from 'vitest';
import type { ReceiptLocalTime } from '../core/contract/fiscalReceipt';
import type { CalendarDate } from '../core/records/calendarDate';
import type { ContractId } from '../core/ids';
import {
  exampleApplication,
  exampleContract,
  examplePerson,
  exampleReceipt,
} from '../core/records/examples';
import { openDeskFixture } from './deskFixture';
import { receiptsOfDayAtDesk } from './reconciliation';

const NOW = new Date('2026-11-21T01:00:00.000Z');

describe("the day's receipts at the desk", () => {
  it('reads the payments and refunds whose receipts are of that day, and no other day', async () => {
    const refunded = exampleContract({
      id: '0193a0b0-0000-7000-8000-0000000000c2' as ContractId,
      number: 'KAM01-T03-2026-000043' as never,
      method: 'cash',
      receiptNumber: '30',
      receipt: exampleReceipt({
        documentNumber: '30',
        localTime: '2026-11-19T17:00' as ReceiptLocalTime,
      }),
      status: 'refunded',
      cancelReason: 'Отказ от услуги',
      cancelledAt: '2026-11-20T03:00:00.000Z',
      refundReceipt: exampleReceipt({
        documentNumber: '31',
        localTime: '2026-11-20T15:00' as ReceiptLocalTime,
        operation: 'income-return',
      }),
    });
    const desk = await openDeskFixture(
      'registrar',
      [examplePerson(), exampleApplication(), exampleContract(), refunded],
      NOW,
    );
    const day = await receiptsOfDayAtDesk(desk.env, '2026-11-20' as CalendarDate);
    expect(day.map((r) => [r.purpose, r.method, r.receipt.documentNumber])).toEqual([
      ['payment', 'card', '17'],
      ['refund', 'cash', '31'],
    ]);
    const before = await receiptsOfDayAtDesk(desk.env, '2026-11-19' as CalendarDate);
    expect(before.map((r) => r.receipt.documentNumber)).toEqual(['30']);
    expect(await receiptsOfDayAtDesk(desk.env, '2026-11-21' as CalendarDate)).toEqual([]);
  });
});
