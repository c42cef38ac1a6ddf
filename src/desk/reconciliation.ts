// The desk's day reconciliation: the fiscal receipts recorded on the clinic's contracts for one
// day of the cash register, payments and refunds, for the view to hold against the totals the
// cashier types from the register's shift report (core/contract/reconciliation.ts compares).
import type { DayReceipt } from '../core/contract/reconciliation';
import { receiptsOfDay } from '../core/contract/reconciliation';
import type { CalendarDate } from '../core/records/calendarDate';
import { contractsWithReceiptsOn } from '../storage/contractReceipts';
import type { DeskEnv } from './env';

/** A live query: the day's receipts, in the order of their time on the receipt. */
export async function receiptsOfDayAtDesk(
  env: Pick<DeskEnv, 'db'>,
  day: CalendarDate,
): Promise<DayReceipt[]> {
  return receiptsOfDay(await contractsWithReceiptsOn(env.db, day), day);
}
