import type { FastifyBaseLogger } from 'fastify';
import type { RegisterDb } from '../db/connect';
import { backfillTransfer } from './backfillTransfer';
import { describeError } from './connector';

/**
 * The backfill the register runs once at start while FEDERAL_TRANSFER is on, before its worker
 * starts (transferLifecycle.ts): switching the transfer on is then all it takes for the
 * certificates issued before to be sent too. A failure here is logged and does not stop the
 * register — the clinics must keep syncing — and `transfer backfill` does the same by hand.
 */
export async function backfillAtStart(
  db: RegisterDb,
  now: Date,
  log: FastifyBaseLogger,
): Promise<void> {
  try {
    const added = await backfillTransfer(db, now);
    if (added > 0) log.info({ added }, 'federal transfer: earlier certificates queued');
  } catch (error) {
    log.error(
      { error: describeError(error) },
      'federal transfer backfill failed; run `npm run register -- transfer backfill`',
    );
  }
}
