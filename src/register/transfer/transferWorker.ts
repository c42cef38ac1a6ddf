import type { FastifyBaseLogger } from 'fastify';
import type { RegisterDb } from '../db/connect';
import type { TransferConnector, TransferOutcome } from './connector';
import { describeError } from './connector';
import { transferBundleOf } from './transferBundle';
import type { ClaimedItem } from './transferQueue';
import { claimDueItems, markAccepted, markFailed, markRejected } from './transferQueue';
import { idempotencyKeyOf } from './transferItem';

// The register's transfer worker: every `intervalMs` it claims the due items of the queue
// and sends them one at a time through the connector, recording each outcome. All its state
// is in the table, so a restart simply carries on: a `failed` item is due at its backoff, an
// item left `sent` by a stop or crash mid-send is due when its lease ends (transferQueue.ts),
// and is then sent again under the same Idempotency-Key. Stopping aborts the send in flight
// and leaves its item `sent`, exactly as a crash would.

export type TransferWorker = {
  /** One pass over the due items; resolves to how many were sent. For tests and the loop. */
  runOnce(): Promise<number>;
  /** Stops the loop, aborts a send in flight and waits for the pass to end. */
  stop(): Promise<void>;
};

export type TransferWorkerDeps = {
  readonly db: RegisterDb;
  readonly connector: TransferConnector;
  readonly now: () => Date;
  readonly log: FastifyBaseLogger;
  readonly issuerUrl: string;
  readonly timeoutMs: number;
  readonly intervalMs: number;
};

/** Items claimed per pass: a pass is then short, and a stop never waits on many sends. */
const CLAIM_BATCH = 20;

export function startTransferWorker(deps: TransferWorkerDeps): TransferWorker {
  const stopping = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pass: Promise<number> | undefined;

  async function sendOne(item: ClaimedItem): Promise<void> {
    const built = await transferBundleOf(deps.db, item, { issuerUrl: deps.issuerUrl });
    let outcome: TransferOutcome;
    if (!built.ok) {
      outcome = { kind: 'failed', error: `${built.reason}: ${built.detail ?? ''}` };
    } else {
      outcome = await deps.connector.send(
        {
          idempotencyKey: idempotencyKeyOf(item),
          event: item.event,
          certificateId: item.certificate_id,
          certificateNumber: item.certificate_number,
          bundle: built.value,
        },
        stopping.signal,
      );
    }
    // Stopped mid-send: the item stays `sent` and is sent again after the lease.
    if (stopping.signal.aborted) return;
    const at = deps.now();
    const fields = { number: item.certificate_number, event: item.event, attempts: item.attempts };
    switch (outcome.kind) {
      case 'accepted':
        await markAccepted(deps.db, item, outcome.externalId, at);
        deps.log.info({ ...fields, externalId: outcome.externalId }, 'federal transfer accepted');
        return;
      case 'rejected':
        await markRejected(deps.db, item, outcome.reason, at);
        deps.log.error({ ...fields, reason: outcome.reason }, 'federal transfer rejected');
        return;
      case 'failed':
        await markFailed(deps.db, item, outcome.error, at);
        deps.log.warn({ ...fields, error: outcome.error }, 'federal transfer failed; will retry');
        return;
    }
  }

  async function runOnce(): Promise<number> {
    const items = await claimDueItems(deps.db, deps.now(), {
      timeoutMs: deps.timeoutMs,
      limit: CLAIM_BATCH,
    });
    for (const item of items) {
      if (stopping.signal.aborted) break;
      await sendOne(item);
    }
    return items.length;
  }

  function schedule(delayMs: number): void {
    if (stopping.signal.aborted) return;
    timer = setTimeout(() => {
      pass = runOnce();
      pass.then(
        (sent) => {
          // A full batch means more may be due: look again at once.
          schedule(sent >= CLAIM_BATCH ? 0 : deps.intervalMs);
        },
        (error: unknown) => {
          if (stopping.signal.aborted) return;
          deps.log.error({ error: describeError(error) }, 'federal transfer pass failed');
          schedule(deps.intervalMs);
        },
      );
    }, delayMs);
  }

  schedule(0);
  return {
    runOnce,
    async stop() {
      stopping.abort();
      clearTimeout(timer);
      await pass?.catch(() => 0); // its error was logged by the loop
    },
  };
}
