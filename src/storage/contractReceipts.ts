// The contracts whose payment or refund receipt is dated on a given day (the cash register's
// own date on the receipt), for the desk's day reconciliation (core/contract/reconciliation.ts).
// Contracts have no index on a receipt's date — one would cost a database version for a screen
// read a few times a day, over a table of a few thousand contracts a year — so the table is
// scanned, each row's raw receipt dates compared before the row is parsed, and only the
// matching rows go through the record schema.
//   contracts row {id, record: {…, "receipt": {"localTime": "2026-11-20T12:25", …}}, sync}
import type { CalendarDate } from '../core/records/calendarDate';
import type { ContractRecord } from '../core/records/contract';
import { contractRecordSchema } from '../core/records/contract';
import type { SeroDeskDatabase } from './database';

function receiptTimeOf(raw: unknown, member: 'receipt' | 'refundReceipt'): unknown {
  if (typeof raw !== 'object' || raw === null || !(member in raw)) return undefined;
  const receipt: unknown = (raw as Record<string, unknown>)[member];
  if (typeof receipt !== 'object' || receipt === null || !('localTime' in receipt)) {
    return undefined;
  }
  return receipt.localTime;
}

function hasReceiptOn(raw: unknown, day: CalendarDate): boolean {
  return (['receipt', 'refundReceipt'] as const).some((member) => {
    const time = receiptTimeOf(raw, member);
    return typeof time === 'string' && time.startsWith(`${day}T`);
  });
}

export async function contractsWithReceiptsOn(
  db: SeroDeskDatabase,
  day: CalendarDate,
): Promise<ContractRecord[]> {
  const rows = await db.contracts.filter((row) => hasReceiptOn(row.record, day)).toArray();
  return rows.flatMap((row) => {
    const parsed = contractRecordSchema.safeParse(row.record);
    if (parsed.success) return [parsed.data];
    console.error(`A stored contract row ${row.id} does not match its schema; it is not shown`);
    return [];
  });
}
