import type { RegisterDb } from '../db/connect';
import { retryDelayMs, sendLeaseMs } from './backoff';
import type { TransferItemRow, TransferState } from './transferItem';
import { TRANSFER_STATES, transferItemRowSchema } from './transferItem';

// The queue's SQL (table in db/migrations/0010_transfer_queue.ts, states in transferItem.ts).
// Every change of state is a conditional update, so two workers — two register processes on
// one PostgreSQL database, or a worker and `transfer retry` — never both own an item:
//
//   claim    queued|failed|sent and due → sent, attempts+1, due again when the lease ends
//   accept   any state but accepted     → accepted (the receiver's word wins, whenever it comes)
//   reject   sent by this very attempt  → rejected
//   fail     sent by this very attempt  → failed, due after the backoff
//
// Times are ISO strings (db/tables.ts), which compare correctly as text on both engines.

export type ClaimedItem = TransferItemRow & { readonly state: 'sent' };

const DUE_STATES = ['queued', 'failed', 'sent'] as const;

function later(now: Date, ms: number): string {
  return new Date(now.getTime() + ms).toISOString();
}

/** Takes up to `limit` due items, oldest due first, each marked sent by this attempt. */
export async function claimDueItems(
  db: RegisterDb,
  now: Date,
  options: { readonly timeoutMs: number; readonly limit: number },
): Promise<ClaimedItem[]> {
  const at = now.toISOString();
  const rows = await db.kysely
    .selectFrom('transfer_item')
    .selectAll()
    .where('state', 'in', DUE_STATES)
    .where('next_attempt_at', '<=', at)
    .orderBy('next_attempt_at')
    .limit(options.limit)
    .execute();
  const claimed: ClaimedItem[] = [];
  for (const raw of rows) {
    const row = transferItemRowSchema.parse(raw);
    const taken = await db.kysely
      .updateTable('transfer_item')
      .set({
        state: 'sent',
        attempts: row.attempts + 1,
        sent_at: at,
        next_attempt_at: later(now, sendLeaseMs(options.timeoutMs)),
      })
      .where('certificate_id', '=', row.certificate_id)
      .where('event', '=', row.event)
      .where('state', '=', row.state)
      .where('attempts', '=', row.attempts)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) === 1) {
      claimed.push({ ...row, state: 'sent', attempts: row.attempts + 1, sent_at: at });
    }
  }
  return claimed;
}

function byKey(item: Pick<TransferItemRow, 'certificate_id' | 'event'>) {
  return { certificate_id: item.certificate_id, event: item.event };
}

export async function markAccepted(
  db: RegisterDb,
  item: ClaimedItem,
  externalId: string,
  now: Date,
): Promise<void> {
  const key = byKey(item);
  await db.kysely
    .updateTable('transfer_item')
    .set({
      state: 'accepted',
      external_id: externalId,
      last_error: null,
      settled_at: now.toISOString(),
    })
    .where('certificate_id', '=', key.certificate_id)
    .where('event', '=', key.event)
    .where('state', '!=', 'accepted')
    .execute();
}

export async function markRejected(
  db: RegisterDb,
  item: ClaimedItem,
  reason: string,
  now: Date,
): Promise<void> {
  await db.kysely
    .updateTable('transfer_item')
    .set({ state: 'rejected', last_error: reason, settled_at: now.toISOString() })
    .where('certificate_id', '=', item.certificate_id)
    .where('event', '=', item.event)
    .where('state', '=', 'sent')
    .where('attempts', '=', item.attempts)
    .execute();
}

export async function markFailed(
  db: RegisterDb,
  item: ClaimedItem,
  error: string,
  now: Date,
): Promise<void> {
  await db.kysely
    .updateTable('transfer_item')
    .set({
      state: 'failed',
      last_error: error,
      next_attempt_at: later(now, retryDelayMs(item.attempts)),
    })
    .where('certificate_id', '=', item.certificate_id)
    .where('event', '=', item.event)
    .where('state', '=', 'sent')
    .where('attempts', '=', item.attempts)
    .execute();
}

/** The number of items in each state, every state named (zero when none). */
export async function countByState(db: RegisterDb): Promise<Record<TransferState, number>> {
  const rows = await db.kysely
    .selectFrom('transfer_item')
    .select((eb) => ['state', eb.fn.countAll().as('count')])
    .groupBy('state')
    .execute();
  const counts = Object.fromEntries(TRANSFER_STATES.map((state) => [state, 0])) as Record<
    TransferState,
    number
  >;
  for (const row of rows) {
    const state = TRANSFER_STATES.find((known) => known === row.state);
    if (state !== undefined) counts[state] = Number(row.count);
  }
  return counts;
}

/** Rejected and failed items, rejected first (they wait for a person), then oldest first. */
export async function listProblems(db: RegisterDb, limit: number): Promise<TransferItemRow[]> {
  const rows = await db.kysely
    .selectFrom('transfer_item')
    .selectAll()
    .where('state', 'in', ['rejected', 'failed'])
    .orderBy('state', 'desc')
    .orderBy('queued_at')
    .limit(limit)
    .execute();
  return rows.map((row) => transferItemRowSchema.parse(row));
}

export type RetrySelection = { readonly certificateNumber: string } | { readonly allFailed: true };

/**
 * Makes failed and rejected items due now (`transfer retry`): back to `queued`, attempts and
 * last error kept for the record. Returns how many. Accepted and in-flight items are left.
 */
export async function retryItems(
  db: RegisterDb,
  selection: RetrySelection,
  now: Date,
): Promise<number> {
  let query = db.kysely
    .updateTable('transfer_item')
    .set({ state: 'queued', next_attempt_at: now.toISOString(), settled_at: null })
    .where('state', 'in', ['failed', 'rejected']);
  if ('certificateNumber' in selection) {
    query = query.where('certificate_number', '=', selection.certificateNumber);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
