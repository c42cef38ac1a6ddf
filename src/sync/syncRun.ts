import type { PullResponse, PushResponse } from '../core/protocol/sync';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { SeroDeskDatabase } from '../storage/database';
import { deskReadsSettled } from '../storage/deskFirst';
import type { OutboxBatch } from '../storage/outbox';
import { takeBatch } from '../storage/outbox';
import { applyAnswers } from '../storage/outboxAnswers';
import { withRunBacklog } from './pushBacklog';
import { applyPulled, loadPullStart, noteDownload } from '../storage/pulled';
import { keepPageIndexCurrent } from '../storage/pageIndexStore';
import { noteRestoreProgress } from '../storage/restoreProgress';
import { PULL_SLICE_ROWS, pullSlices } from './pullSlices';
import type { SyncFailure } from './status';
import type { SyncCredentials } from './syncCalls';
import type { PreparedBody } from './syncCalls';
import { preparePush, pullPage, sendPush } from './syncCalls';
import type { Transport } from './transport';

// One sync run: drain the outbox in batches (one request per batch), then pull pages until
// the register has nothing more. Push goes first so that the pull already carries the
// register's merge of this tablet's edits. Each step saves its outcome before the next
// request, so a run cut off anywhere resumes where it stopped.
//
// The tablet's own work overlaps the network (issue #14: on a 600 ms link a push of 10,000
// spent more time between requests than in them):
//
//   push:  send 1 ─ take and gzip 2 ─ answers 1 ─▶ send 2 ─ apply answers 1 ─ take and gzip 3 …
//   pull:  fetch page 1 ─ page 1 ─▶ fetch page 2 ─ store page 1 in slices, each with its
//          cursor ─ page 2 …
//
// Never two push requests of one tablet at once (the register could apply them out of
// order): batch N+1 is sent only once batch N's answers are in, and holds no record of batch
// N (takeBatch's `after`). Pages are stored in cursor order, each with its own cursor.

export type RunSizes = { readonly batchSize: number; readonly pageSize: number };

export const DEFAULT_RUN_SIZES: RunSizes = { batchSize: 1000, pageSize: 1000 };

type PushAnswer = Result<PushResponse, SyncFailure>;

export async function pushOutbox(
  db: SeroDeskDatabase,
  transport: Transport,
  credentials: SyncCredentials,
  batchSize: number,
): Promise<Result<number, SyncFailure>> {
  let sent = 0;
  let batch = await takeBatch(db, batchSize);
  if (batch.entries.length === 0) return ok(0);
  const { credentials: withBacklog, settled } = withRunBacklog(credentials);
  const prepare = (taken: OutboxBatch) =>
    preparePush(
      withBacklog,
      taken.entries.map((entry) => entry.op),
    );
  const send = (body: PreparedBody) => sendPush(transport, withBacklog, body);
  let request = send(await prepare(batch));
  // The request still out when the run ends, if any.
  let inFlight: Promise<PushAnswer> | null = request;
  try {
    for (;;) {
      // Taken, and its body built and gzipped, while the register works on `batch`; its
      // backlog is therefore the one known before `batch`'s answers.
      const next = await takeBatch(db, batchSize, batch);
      let nextBody = next.entries.length > 0 ? await prepare(next) : null;
      const answered = await request;
      inFlight = null;
      // Taking a batch wrote nothing (outbox.ts): a failed request leaves nothing to undo.
      if (!answered.ok) return answered;
      const opIds = new Set(batch.entries.map((entry) => entry.op.opId as string));
      const matched = answered.value.answers.filter((answer) => opIds.has(answer.opId));
      settled(matched.filter((answer) => answer.status !== 'rejected').length);
      // An op left unanswered is sent again before anything queued after it: the run goes
      // on one batch at a time, from the oldest queued op, as it does with nothing in flight.
      if (matched.length < batch.entries.length) nextBody = null;
      if (nextBody !== null) {
        request = send(nextBody);
        inFlight = request;
      }
      await applyAnswers(db, batch, answered.value.answers);
      // Without a single answer the same batch would be taken again, forever.
      if (matched.length === 0) return fail('unreadable-response', 'no answer matched the batch');
      sent += matched.length;
      if (nextBody === null) {
        batch = await takeBatch(db, batchSize);
        if (batch.entries.length === 0) return ok(sent);
        request = send(await prepare(batch));
        inFlight = request;
      } else {
        batch = next;
      }
    }
  } finally {
    // A storage failure while a batch is out: the run ends only once that request has,
    // so the next run cannot send while it is still on its way. Its ops stay queued and are
    // sent again; the register answers a repeated op id with its stored answer.
    if (inFlight !== null) await inFlight;
  }
}

/**
 * How far a pull has got, for the header's progress bar:
 *
 *   {received: 12000, total: 31000, firstPull: true}
 *
 * `total` is what this run received plus what the register says the further pages hold, so
 * it is null until the first page answers, and stays null with a register that does not
 * send `remaining`. `firstPull` means the run downloads the whole clinic: a new (or
 * re-enrolled) tablet starting from cursor 0, or going on with a download that was cut off
 * (storage/pulled.ts loadPullStart).
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
  sliceSize: number = PULL_SLICE_ROWS,
): Promise<Result<number, SyncFailure>> {
  let received = 0;
  const start = await loadPullStart(db);
  let cursor = start.cursor;
  const firstPull = start.download;
  const write = { mostlyNew: firstPull };
  if (firstPull && cursor === 0) await noteDownload(db, true);
  onProgress({ received, total: null, firstPull });
  // The backlog is read for the first page and carried to the others (a pull takes nothing
  // from the outbox). Read for each page, it read the outbox and every record table, so it
  // queued behind the write transactions of the slices asked for before it (IndexedDB runs
  // overlapping transactions in the order they were asked for), and the next page's request
  // waited with it (issue #14).
  const pageCredentials = withRunBacklog(credentials).credentials;
  const fetchPage = (from: number) =>
    pullPage(transport, pageCredentials, { cursor: from, limit: pageSize });
  let request = fetchPage(cursor);
  let inFlight: Promise<Result<PullResponse, SyncFailure>> | null = request;
  try {
    for (;;) {
      const page = await request;
      inFlight = null;
      if (!page.ok) return page;
      const { changes, hasMore, remaining } = page.value;
      const advanced = page.value.cursor > cursor;
      // The next page is on its way while this one is stored; a failed store ends the run
      // before its cursor is saved, and the prefetched page is dropped unread.
      if (hasMore && advanced) {
        request = fetchPage(page.value.cursor);
        inFlight = request;
      }
      // In slices, each with its own cursor (pullSlices.ts); a first pull adds its rows
      // without reading them first (storage/pulled.ts). A search at the desk goes first
      // (storage/deskFirst.ts).
      let saved = 0;
      for (const slice of pullSlices(page.value, sliceSize)) {
        await deskReadsSettled(db);
        saved += (await applyPulled(db, slice.changes, slice.cursor, write)).saved;
      }
      await noteRestoreProgress(db, page.value, saved);
      // A download's pages taken into the page index as they come, so that a search during
      // it never waits for every key row stored so far to be sorted (storage/pagedRecords.ts).
      if (firstPull) await keepPageIndexCurrent(db);
      received += changes.length;
      onProgress({
        received,
        total: remaining === undefined ? null : received + remaining,
        firstPull,
      });
      if (!hasMore) {
        if (firstPull) await noteDownload(db, false);
        return ok(received);
      }
      if (!advanced) return fail('unreadable-response', 'cursor did not advance');
      cursor = page.value.cursor;
    }
  } finally {
    if (inFlight !== null) await inFlight;
  }
}
