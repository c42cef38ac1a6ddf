import { MAX_CARD_VOIDS } from '../core/protocol/cardVoid';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import { readCardVoids, settleCardVoids } from '../storage/cardVoids';
import type { SeroDeskDatabase } from '../storage/database';
import type { SyncFailure } from './status';
import type { SyncCredentials } from './syncCalls';
import { voidCards } from './syncCalls';
import type { Transport } from './transport';

// A sync run's step after the pull: the cards of certificates discarded on this tablet go to
// the register to be voided (storage/cardVoids.ts, core/protocol/cardVoid.ts), up to 100 a
// request. A failed request leaves the queue as it was, for the next run; an answer that
// names none of the certificates sent is a failure, so a queue is never sent for ever.

export async function sendCardVoids(
  db: SeroDeskDatabase,
  transport: Transport,
  credentials: SyncCredentials,
): Promise<Result<number, SyncFailure>> {
  const queued = await readCardVoids(db);
  let settled = 0;
  for (let start = 0; start < queued.length; start += MAX_CARD_VOIDS) {
    const chunk = queued.slice(start, start + MAX_CARD_VOIDS);
    const answered = await voidCards(
      transport,
      credentials,
      chunk.map((entry) => entry.certificate),
    );
    if (!answered.ok) return answered;
    const sent = new Set(chunk.map((entry) => entry.certificateId));
    const answers = answered.value.answers.filter((answer) => sent.has(answer.certificateId));
    if (answers.length === 0) {
      return fail('unreadable-response', 'no answer matched the discarded certificates');
    }
    await settleCardVoids(db, answers);
    settled += answers.length;
  }
  return ok(settled);
}
