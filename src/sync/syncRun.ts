import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { SeroDeskDatabase } from '../storage/database';
import { applyAnswers, returnBatch, takeBatch } from '../storage/outbox';
import { applyPulled, loadCursor } from '../storage/pulled';
import { noteRestoreProgress } from '../storage/restoreNotice';
import type { SyncFailure } from './status';
import type { SyncCredentials } from './syncCalls';
import { pullPage, pushOps } from './syncCalls';
import type { Transport } from './transport';

// One sync run: drain the outbox in batches (one request per batch), then pull pages until
// the register has nothing more. Push goes first so that the pull already carries the
// register's merge of this tablet's edits. Each step saves its outcome before the next
// request, so a run cut off anywhere resumes where it stopped.

export type RunSizes = { readonly batchSize: number; readonly pageSize: number };

export const DEFAULT_RUN_SIZES: RunSizes = { batchSize: 1000, pageSize: 1000 };

export async function pushOutbox(
  db: SeroDeskDatabase,
  transport: Transport,
  credentials: SyncCredentials,
  batchSize: number,
): Promise<Result<number, SyncFailure>> {
  let sent = 0;
  for (;;) {
    const batch = await takeBatch(db, batchSize);
    if (batch.entries.length === 0) return ok(sent);
    const answered = await pushOps(
      transport,
      credentials,
      batch.entries.map((entry) => entry.op),
    );
    if (!answered.ok) {
      await returnBatch(db, batch);
      return answered;
    }
    const opIds = new Set(batch.entries.map((entry) => entry.op.opId as string));
    const matched = answered.value.answers.filter((answer) => opIds.has(answer.opId));
    await applyAnswers(db, batch, answered.value.answers);
    // Without a single answer the same batch would be taken again, forever.
    if (matched.length === 0) return fail('unreadable-response', 'no answer matched the batch');
    sent += matched.length;
  }
}

/**
 * How far a pull has got, for the header's progress bar:
 *
 *   {received: 12000, total: 31000, firstPull: true}
 *
 * `total` is what this run received plus what the register says the further pages hold, so
 * it is null until the first page answers, and stays null with a register that does not
 * send `remaining`. `firstPull` means the run started from cursor 0: a new (or re-enrolled)
 * tablet downloading the whole clinic.
 */
export type PullProgress = {
  readonly received: number;
  readonly total: number | null;
  readonly firstPull: boolean;
};

export async function pullAll(
  db: SeroDeskDatabase,
  transport: Transport,
  credentials: SyncCredentials,
  pageSize: number,
  onProgress: (progress: PullProgress) => void,
): Promise<Result<number, SyncFailure>> {
  let received = 0;
  const firstPull = (await loadCursor(db)) === 0;
  onProgress({ received, total: null, firstPull });
  for (;;) {
    const cursor = await loadCursor(db);
    const page = await pullPage(transport, credentials, { cursor, limit: pageSize });
    if (!page.ok) return page;
    const applied = await applyPulled(db, page.value.changes, page.value.cursor);
    await noteRestoreProgress(db, page.value, applied.saved);
    received += page.value.changes.length;
    const { remaining } = page.value;
    onProgress({
      received,
      total: remaining === undefined ? null : received + remaining,
      firstPull,
    });
    if (!page.value.hasMore) return ok(received);
    if (page.value.cursor <= cursor) return fail('unreadable-response', 'cursor did not advance');
  }
}
