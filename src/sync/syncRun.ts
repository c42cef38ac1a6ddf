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
// Once the register's answer says it applies pushes in order (`inOrder`: "Pushes in a row" in
// core/protocol/sync.ts), up to PUSH_WINDOW batches are out at once, each naming the last op
// of the one before it, so the round trips overlap the register's work instead of adding to
// it:
//
//   send 1 ─ take and gzip 2 ─ answers 1 (inOrder) ─▶ send 2 ─ apply answers 1 ─ send 3 ─
//   take and gzip 4 ─ answers 2 ─▶ send 4 ─ apply answers 2 ─ take and gzip 5 ─ answers 3 …
//
// Answers are applied in the order the batches were sent. A batch never holds a record of a
// batch still out (takeBatch's `after`): its later op waits for that answer, which may be a
// conflict that drops it. With a register of before, batch N+1 is sent only once batch N's
// answers are in. Pages are stored in cursor order, each with its own cursor.

export type RunSizes = { readonly batchSize: number; readonly pageSize: number };

export const DEFAULT_RUN_SIZES: RunSizes = { batchSize: 1000, pageSize: 1000 };

/**
 * Batches out at once, with a register that applies them in order. Two hide a round trip up
 * to the register's time for a batch (≈ 0.1–0.2 s for 1,000): a push of 10,000 at 50 ms took
 * 1.33 s with two against 1.79 s with one, at 600 ms 5.5 s against 8.5 s. Three took 4.3 s at
 * 600 ms but cost the register 7–15 % more CPU per op on loopback (a third parsed body held
 * while it works), and its ops per CPU-second are what is still short (docs/PERFORMANCE.md).
 */
export const PUSH_WINDOW = 2;

type PushAnswer = Result<PushResponse, SyncFailure>;

type SentBatch = { readonly batch: OutboxBatch; readonly answer: Promise<PushAnswer> };

/** The last op of a batch: what the batch sent after it names as `after`. */
function lastOpOf(batch: OutboxBatch | undefined): string | undefined {
  return batch?.entries.at(-1)?.op.opId;
}

export async function pushOutbox(
  db: SeroDeskDatabase,
  transport: Transport,
  credentials: SyncCredentials,
  batchSize: number,
  window: number = PUSH_WINDOW,
): Promise<Result<number, SyncFailure>> {
  let sent = 0;
  const first = await takeBatch(db, batchSize);
  if (first.entries.length === 0) return ok(0);
  const { credentials: withBacklog, settled } = withRunBacklog(credentials);
  const prepare = (taken: OutboxBatch, after: OutboxBatch | undefined) =>
    preparePush(
      withBacklog,
      taken.entries.map((entry) => entry.op),
      lastOpOf(after),
    );
  // Oldest first; the first is the one whose answers come next.
  const out: SentBatch[] = [];
  const send = (batch: OutboxBatch, body: PreparedBody) => {
    out.push({ batch, answer: sendPush(transport, withBacklog, body) });
  };
  // Taken and built while the window is full, sent as soon as it has room.
  let ready: { readonly batch: OutboxBatch; readonly body: PreparedBody } | null = null;
  // Until the register says it applies pushes in order, one batch at a time.
  let inOrder = false;
  // After an answer that left ops unanswered: nothing more is sent until every batch out is
  // answered, then the run goes on from the oldest queued op.
  let restart = false;
  const room = () => out.length === 0 || (inOrder && out.length < window);
  send(first, await prepare(first, undefined));
  try {
    for (;;) {
      // Taken, and its body built and gzipped, while the register works on the batches out;
      // its backlog is therefore the one known before their answers.
      while (!restart && (ready === null || room())) {
        if (ready === null) {
          const taken = out.map((item) => item.batch);
          const next = await takeBatch(db, batchSize, taken);
          if (next.entries.length === 0) break;
          ready = { batch: next, body: await prepare(next, taken.at(-1)) };
        }
        if (!room()) break;
        send(ready.batch, ready.body);
        ready = null;
      }
      const head = out[0];
      if (head === undefined) {
        if (!restart) return ok(sent);
        restart = false;
        continue;
      }
      const answered = await head.answer;
      out.shift();
      // Taking a batch wrote nothing (outbox.ts): a failed request leaves nothing to undo.
      if (!answered.ok) return answered;
      inOrder = answered.value.inOrder === true;
      const { batch } = head;
      const opIds = new Set(batch.entries.map((entry) => entry.op.opId as string));
      const matched = answered.value.answers.filter((answer) => opIds.has(answer.opId));
      settled(matched.filter((answer) => answer.status !== 'rejected').length);
      // An op left unanswered is sent again before anything queued after it: the batches
      // already out are answered, then the run goes on from the oldest queued op.
      if (matched.length < batch.entries.length) {
        restart = true;
        ready = null;
      }
      // The next request leaves before this batch's answers are applied.
      if (ready !== null && room()) {
        send(ready.batch, ready.body);
        ready = null;
      }
      await applyAnswers(db, batch, answered.value.answers);
      // Without a single answer the same batch would be taken again, forever.
      if (matched.length === 0) return fail('unreadable-response', 'no answer matched the batch');
      sent += matched.length;
    }
  } finally {
    // A failure while batches are out: the run ends only once their requests have, so the
    // next run cannot send while they are still on their way. Their ops stay queued and are
    // sent again; the register answers a repeated op id with its stored answer.
    await Promise.allSettled(out.map((item) => item.answer));
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
